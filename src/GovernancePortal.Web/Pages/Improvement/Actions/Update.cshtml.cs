using GovernancePortal.Application.Features.Improvement.Actions;
using GovernancePortal.Domain.Improvement;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class UpdateModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Report;

    protected override IActionInput? VersionedInput => Input;

    [BindProperty]
    public UpdateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new UpdateInput { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SubmitUpdateCommand(Id, Input.Version, Input.Narrative, Input.Assessment), cancellationToken);
        return BackToAction("Your update has been sent to the governance team for review");
    }

    public sealed class UpdateInput : IActionInput
    {
        public string? Narrative { get; set; }

        public OwnerAssessment? Assessment { get; set; }

        public Guid Version { get; set; }
    }
}
