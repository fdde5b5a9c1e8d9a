using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class ReviewModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public ReviewUpdate.Form Input { get; set; } = new();

    public UpdateView Pending { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ReviewUpdate.Form { Version = Action.Version, UpdateId = Pending.Id };
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await base.ReloadAsync(cancellationToken);
        Pending = Action.PendingUpdate ?? throw new NotFoundException("Nothing on this action is awaiting review.");
        if (Pending.Kind == Domain.Improvement.UpdateKind.CompletionReport ? !Action.Can.Verify : !Action.Can.Manage)
        {
            throw new ForbiddenException($"You cannot review this update on {Action.Code}.");
        }
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await Mediator.Send(new ReviewUpdate.Command(Id, Input.UpdateId, Input.Version, true, Input.Comment), cancellationToken);
        return BackToAction(Pending.Kind == Domain.Improvement.UpdateKind.CompletionReport ? "The action is verified complete and closed" : "The update has been accepted");
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await Mediator.Send(new ReviewUpdate.Command(Id, Input.UpdateId, Input.Version, false, Input.Comment), cancellationToken);
        return BackToAction(Pending.Kind == Domain.Improvement.UpdateKind.CompletionReport ? "The completion was not verified: the action is open again and the owner can see why" : "The update has been returned to the owner with your comment");
    }
}
