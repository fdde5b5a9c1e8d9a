using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Text;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError, ITextFormPage
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int AreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatementKind Kind { get; set; }

    [BindProperty]
    public TextInput Input { get; set; } = new();

    public AreaView Area { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await mediator.Send(new SaveStatementCommand(Org, AreaId, null, Year, Kind, Input.SubTopic, Input.Text, null), cancellationToken);
        TempData["Success"] = "The text has been added";
        return RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id = AreaId, year = saved.YearSlug });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // Only the organisation's governance team gets this far (403 for everyone else, before anything is looked up).
        await mediator.Send(new GetAreaFormChoicesQuery(Org), cancellationToken);
        Area = await mediator.Send(new GetAreaQuery(Org, AreaId, Year), cancellationToken);
        if (!Area.CanEditText)
        {
            throw new Application.Common.ForbiddenException("This year's text cannot be changed.");
        }
    }
}
