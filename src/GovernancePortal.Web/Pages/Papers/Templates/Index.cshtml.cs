using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers.Templates;

public sealed class IndexModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    /// <summary>The kind of paper (its name, e.g. CoverReport); the Annual Governance Statement when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>The section whose removal is to be confirmed.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Remove { get; set; }

    [BindProperty]
    public TemplateIndex.Form Input { get; set; } = new();

    public TemplateIndex.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new TemplateIndex.CreateCommand(Org, KindName), cancellationToken);
        TempData["Success"] = "The template has been created";
        return ToThisPage();
    }

    public Task<IActionResult> OnPostMoveUpAsync(CancellationToken cancellationToken) => MoveAsync(-1, cancellationToken);

    public Task<IActionResult> OnPostMoveDownAsync(CancellationToken cancellationToken) => MoveAsync(1, cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new TemplateIndex.RemoveCommand(Org, KindName, Input.SectionId, Input.Version), cancellationToken);
        TempData["Success"] = "The section has been removed from the template";
        return ToThisPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new TemplateIndex.Query(Org, Kind), cancellationToken);
        if (!HttpMethods.IsGet(Request.Method))
        {
            Remove = null;
        }
    }

    private string KindName => Kind ?? nameof(Domain.Papers.PaperKind.AnnualGovernanceStatement);

    private async Task<IActionResult> MoveAsync(int direction, CancellationToken cancellationToken)
    {
        await mediator.Send(new TemplateIndex.MoveCommand(Org, KindName, Input.SectionId, direction, Input.Version), cancellationToken);
        return ToThisPage();
    }

    private RedirectToPageResult ToThisPage() => RedirectToPage("/Papers/Templates/Index", new { org = Org.ToLowerInvariant(), kind = KindName, remove = (int?)null });
}
