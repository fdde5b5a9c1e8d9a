using GovernancePortal.Application.Features.Panel.Meetings;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class PublishModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public PublishInput Input { get; set; } = new();

    public PublishToMeeting.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var publication = await mediator.Send(new PublishToMeeting.Command(Id, Input.PaperId), cancellationToken);
        TempData["Success"] = "The paper has been published to the meeting";
        return RedirectToPage("/Panel/Publications/Details", new { id = publication });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new PublishToMeeting.Query(Id), cancellationToken);
}

public sealed class PublishInput
{
    public int? PaperId { get; set; }
}
