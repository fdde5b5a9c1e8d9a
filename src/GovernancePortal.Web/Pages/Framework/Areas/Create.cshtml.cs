using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Areas;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError, IAreaFormPage
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public AreaForm Input { get; set; } = new();

    public AreaFormChoices Choices { get; private set; } = default!;

    public bool IsNew => true;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(CreateArea.Command.From(Org, Input), cancellationToken);
        TempData["Success"] = "The area has been added";
        return RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Choices = await mediator.Send(new CreateArea.Query(Org), cancellationToken);
}
