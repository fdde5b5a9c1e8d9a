using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Operation = GovernancePortal.Application.Features.Recommendations.EditRecommendationSettings.Operation;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class SettingsModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public EditRecommendationSettings.Form Input { get; set; } = new();

    public EditRecommendationSettings.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) => SendAsync(Operation.Add, cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken) => SendAsync(Operation.Rename, cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) => SendAsync(Operation.Archive, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) => SendAsync(Operation.Restore, cancellationToken);

    public Task<IActionResult> OnPostUpAsync(CancellationToken cancellationToken) => SendAsync(Operation.MoveUp, cancellationToken);

    public Task<IActionResult> OnPostDownAsync(CancellationToken cancellationToken) => SendAsync(Operation.MoveDown, cancellationToken);

    public Task ReloadAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new EditRecommendationSettings.Query(Org), cancellationToken);

    private async Task<IActionResult> SendAsync(Operation operation, CancellationToken cancellationToken)
    {
        TempData["Success"] = await mediator.Send(new EditRecommendationSettings.Command(Org, operation, Input.Kind, Input.ItemId, Input.Name, Input.Version), cancellationToken);
        return RedirectToPage("/Recommendations/Settings", new { org = Org.ToLowerInvariant() });
    }
}
