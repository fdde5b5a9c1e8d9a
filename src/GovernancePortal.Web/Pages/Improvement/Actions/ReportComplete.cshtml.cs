using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class ReportCompleteModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Report;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public ReportComplete.Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ReportComplete.Form { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ReportComplete.Command(Id, Input.Version, Input.Narrative, Input.Evidence), cancellationToken);
        return BackToAction("You have reported the action complete: it closes when the governance team verifies it");
    }
}
