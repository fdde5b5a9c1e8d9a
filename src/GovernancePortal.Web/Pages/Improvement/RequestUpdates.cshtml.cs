using GovernancePortal.Domain.Text;
using GovernancePortal.Web.Filters;
using GovernancePortal.Application.Features.Improvement;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Improvement.RequestUpdates;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class RequestUpdatesModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public UseCase.Form Input { get; set; } = new();

    public UseCase.Due Due { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.By = DateParts.From(Due.Today.AddDays(14));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var count = await mediator.Send(new UseCase.Command(Org, Input.By.Date), cancellationToken);
        TempData["Success"] = $"{Plural.Word(count, "An update has", "Updates have")} been requested on {Plural.Of(count, "action")}";
        return RedirectToPage("/Improvement/RequestUpdates", new { org = Org.ToLowerInvariant() });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Due = await mediator.Send(new UseCase.Query(Org), cancellationToken);
}
