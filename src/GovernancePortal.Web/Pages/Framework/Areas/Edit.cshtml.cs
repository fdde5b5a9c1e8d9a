using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Areas;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError, IAreaFormPage
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public AreaFormChoices Choices { get; private set; } = default!;

    public AreaView Area { get; private set; } = default!;

    public bool IsNew => false;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new AreaInput
        {
            Reference = Area.Reference,
            Title = Area.Title,
            Description = Area.Description,
            PrincipleId = Choices.Principles.FirstOrDefault(p => p.Text.StartsWith(Area.PrincipleCode + ":", StringComparison.Ordinal)).Id,
            LeadIds = [.. Area.Leads.Select(l => l.Id)],
            CommitmentsLeadIn = Area.CommitmentsLeadIn,
            Version = Area.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input.ToCommand(Org, Id), cancellationToken);
        TempData["Success"] = "The area's details have been saved";
        return Redirect($"/framework/{Org.ToLowerInvariant()}/areas/{Id}");
    }

    public async Task<IActionResult> OnPostArchiveAsync(bool archive, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetAreaArchivedCommand(Org, Id, archive, Input.Version ?? Guid.Empty), cancellationToken);
        TempData["Success"] = archive ? "The area has been archived" : "The area has been restored";
        return Redirect($"/framework/{Org.ToLowerInvariant()}/areas/{Id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Choices = await mediator.Send(new GetAreaFormChoicesQuery(Org), cancellationToken);
        Area = await mediator.Send(new GetAreaQuery(Org, Id, null), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // After a conflict the form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = Area.Version;
        }
    }
}
