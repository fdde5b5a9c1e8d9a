using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class SettingsModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    /// <summary>The command as the form posts it; the organisation comes from the route.</summary>
    [BindProperty]
    public EditImprovementSettings.Command Input { get; set; } = new(string.Empty, Guid.Empty, false, false, null, null, null);

    public EditImprovementSettings.Settings Settings { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var rule = Settings.Rule;
        Input = new EditImprovementSettings.Command(
            Org, Settings.Version, rule.AmberWhenRevised, rule.AmberWhenAtRisk, rule.AmberWithinDaysOfDue, rule.RedAfterDaysOverdue, Settings.UpdateWindowDays);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var changed = await mediator.Send(Input with { Organisation = Org }, cancellationToken);
        TempData["Success"] = $"The settings have been saved; {Plural.Of(changed, "action's", "actions'")} RAG changed";
        return RedirectToPage("/Improvement/Settings", new { org = Org.ToLowerInvariant() });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Settings = await mediator.Send(new EditImprovementSettings.Query(Org), cancellationToken);
}
