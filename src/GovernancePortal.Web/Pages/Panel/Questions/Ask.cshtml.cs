using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Features.Panel.Questions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Questions;

public sealed class AskModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AskInput Input { get; set; } = new();

    public PanelReads.PublicationHeading Publication { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new AskQuestion.Command(Id, Input.Text), cancellationToken);
        TempData["Success"] = "Your question has been sent to the governance team";
        return RedirectToPage("/Panel/Publications/Details", new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Publication = await mediator.Send(new AskQuestion.Query(Id), cancellationToken);
}

public sealed class AskInput
{
    public string? Text { get; set; }
}
