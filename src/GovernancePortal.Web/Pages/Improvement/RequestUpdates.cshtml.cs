using GovernancePortal.Application.Features.Improvement.Plans;
using GovernancePortal.Domain.Text;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class RequestUpdatesModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public UpdatesDue Due { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.By = DateParts.From(Due.Today.AddDays(14));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var count = await mediator.Send(new RequestUpdatesCommand(Org, Input.By.Date), cancellationToken);
        TempData["Success"] = $"{Plural.Word(count, "An update has", "Updates have")} been requested on {Plural.Of(count, "action")}";
        return Redirect($"/improvement/{Org.ToLowerInvariant()}/request-updates");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Due = await mediator.Send(new GetUpdatesDueQuery(Org), cancellationToken);

    public sealed class RequestInput
    {
        public DateParts By { get; set; } = new();
    }
}
