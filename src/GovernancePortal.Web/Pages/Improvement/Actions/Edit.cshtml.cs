using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class EditModel(IMediator mediator) : ActionPageModel(mediator), IActionFormPage
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    [BindProperty]
    public EditAction.Form Input { get; set; } = new();


    public ActionForm Form { get; private set; } = default!;

    public bool DueDateLocked => Action.DueDate is not null;

    ActionFields IActionFormPage.Input => Input;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new EditAction.Form
        {
            AreaId = Action.AreaId,
            Code = Action.Code,
            Description = Action.Description,
            OwnerId = Action.OwnerId,
            Source = Action.Source,
            SourceReference = Action.SourceReference,
            DueDate = DateParts.From(Action.DueDate),
            Version = Action.Version,
        };
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await base.ReloadAsync(cancellationToken);
        Form = await Mediator.Send(new EditAction.Query(Action.PlanId, Id), cancellationToken);
    }

    protected override void TakeVersion(Guid version) => Input.Version = version;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (!Input.DueDate.IsEmpty && Input.DueDate.Date is null)
        {
            throw Application.Common.Validation.Fail("DueDate", "Enter the due date as a real date, for example 31 3 2027");
        }

        await Mediator.Send(
            new EditAction.Command(Id, Action.PlanId, Input.AreaId, Input.Code, Input.Description, Input.OwnerId, Input.Source, Input.SourceReference, Input.DueDate.Date, Input.Version),
            cancellationToken);
        return BackToAction("The action has been saved");
    }
}
