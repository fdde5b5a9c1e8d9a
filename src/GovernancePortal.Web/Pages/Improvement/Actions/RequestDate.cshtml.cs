using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

/// <summary>The owner asks for a new due date; the governance team approves or refuses it.</summary>
public sealed class RequestDateModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Report;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public RequestDueDate.Form Input { get; set; } = new();


    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new RequestDueDate.Form { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Input.NewDueDate.IsEmpty && Input.NewDueDate.Date is null)
        {
            throw Application.Common.Validation.Fail(nameof(RequestDueDate.Command.NewDueDate), "Enter the due date you are asking for as a real date, for example 31 3 2027");
        }

        await Mediator.Send(new RequestDueDate.Command(Id, Input.Version, Input.NewDueDate.Date, Input.Reason), cancellationToken);
        return BackToAction("Your request for a new due date has been sent to the governance team");
    }
}
