using GovernancePortal.Application.Features.Panel.Publications;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Publications;

public sealed class CorrectModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public CorrectInput Input { get; set; } = new();

    public CorrectPublication.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.PaperId = View.Papers.FirstOrDefault(p => p.IsSamePaper)?.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var correction = await mediator.Send(new CorrectPublication.Command(Id, Input.PaperId, Input.Reason), cancellationToken);
        TempData["Success"] = "The correction has been published";
        return RedirectToPage("/Panel/Publications/Details", new { id = correction });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new CorrectPublication.Query(Id), cancellationToken);
}

public sealed class CorrectInput
{
    public int? PaperId { get; set; }

    public string? Reason { get; set; }
}
