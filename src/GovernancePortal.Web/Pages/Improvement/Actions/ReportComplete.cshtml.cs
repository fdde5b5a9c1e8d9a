using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class ReportCompleteModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Report;

    protected override IActionInput? VersionedInput => Input;

    [BindProperty]
    public CompleteInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new CompleteInput { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ReportCompleteCommand(Id, Input.Version, Input.Narrative, Input.Evidence), cancellationToken);
        return BackToAction("You have reported the action complete: it closes when the governance team verifies it");
    }

    public sealed class CompleteInput : IActionInput
    {
        public string? Narrative { get; set; }

        public string? Evidence { get; set; }

        public Guid Version { get; set; }
    }
}
