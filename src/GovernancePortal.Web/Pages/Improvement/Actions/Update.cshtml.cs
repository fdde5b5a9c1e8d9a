using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class UpdateModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Report;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public SubmitUpdate.Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new SubmitUpdate.Form { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SubmitUpdate.Command(Id, Input.Version, Input.Narrative, Input.Assessment), cancellationToken);
        return BackToAction("Your update has been sent to the governance team for review");
    }
}
