using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class RagModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public OverrideRag.Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new OverrideRag.Form { Version = Action.Version, Rag = Action.RagOverride, Rationale = Action.RagOverrideRationale };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new OverrideRag.Command(Id, Input.Version, Input.Rag, Input.Rationale), cancellationToken);
        return BackToAction("The RAG rating has been set by hand; it is shown as an override with your reason");
    }

    public async Task<IActionResult> OnPostClearAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new OverrideRag.Command(Id, Input.Version, null, null, Clear: true), cancellationToken);
        return BackToAction("The override has been removed: the rule's rating applies again");
    }
}
