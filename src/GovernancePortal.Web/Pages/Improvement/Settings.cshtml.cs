using GovernancePortal.Application.Features.Improvement.Plans;
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

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public ImprovementSettings Settings { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var rule = Settings.Rule;
        Input = new SettingsInput
        {
            AmberWhenRevised = rule.AmberWhenRevised,
            AmberWhenAtRisk = rule.AmberWhenAtRisk,
            AmberWithinDaysOfDue = rule.AmberWithinDaysOfDue,
            RedAfterDaysOverdue = rule.RedAfterDaysOverdue,
            UpdateWindowDays = Settings.UpdateWindowDays,
            Version = Settings.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var changed = await mediator.Send(
            new SaveImprovementSettingsCommand(Org, Input.Version, Input.AmberWhenRevised, Input.AmberWhenAtRisk, Input.AmberWithinDaysOfDue, Input.RedAfterDaysOverdue, Input.UpdateWindowDays),
            cancellationToken);
        TempData["Success"] = $"The settings have been saved; {Plural.Of(changed, "action's", "actions'")} RAG changed";
        return Redirect($"/improvement/{Org.ToLowerInvariant()}/settings");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Settings = await mediator.Send(new GetImprovementSettingsQuery(Org), cancellationToken);

    public sealed class SettingsInput
    {
        public bool AmberWhenRevised { get; set; }

        public bool AmberWhenAtRisk { get; set; }

        public int? AmberWithinDaysOfDue { get; set; }

        public int? RedAfterDaysOverdue { get; set; }

        public int? UpdateWindowDays { get; set; }

        public Guid Version { get; set; }
    }
}
