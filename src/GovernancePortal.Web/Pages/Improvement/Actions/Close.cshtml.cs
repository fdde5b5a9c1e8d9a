using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class CloseModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public CloseAction.Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new CloseAction.Form { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new CloseAction.Command(Id, Input.Version, Input.Reason), cancellationToken);
        return BackToAction("The action has been closed without action");
    }
}
