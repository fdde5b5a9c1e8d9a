using GovernancePortal.Application.Features.Papers.Opinions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers.Opinions;

public sealed class RecommendationModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int OpinionId { get; set; }

    /// <summary>The recommendation to change; null to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    /// <summary>"remove" asks to confirm the removal.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }

    [BindProperty]
    public EditAuditRecommendation.Form Input { get; set; } = new();

    public EditAuditRecommendation.View View { get; private set; } = default!;

    public bool ConfirmRemove => Id is not null && string.Equals(Confirm, "remove", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(Request.Method);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditAuditRecommendation.Query(Org, OpinionId, Id), cancellationToken);
        Input = View.Form;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditAuditRecommendation.Command(Org, OpinionId, Id, Input.Number, Input.Text, Input.Priority, Input.ManagementResponse, Input.Version), cancellationToken);
        TempData["Success"] = Id is null ? "The recommendation has been added" : "The recommendation has been saved";
        return await ToOpinionAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditAuditRecommendation.RemoveCommand(Org, OpinionId, Id ?? 0, Input.Version), cancellationToken);
        TempData["Success"] = "The recommendation has been removed";
        return await ToOpinionAsync(cancellationToken);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditAuditRecommendation.Query(Org, OpinionId, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = View.Version;
        }
    }

    private async Task<RedirectToPageResult> ToOpinionAsync(CancellationToken cancellationToken)
    {
        var opinion = await mediator.Send(new EditAuditRecommendation.Query(Org, OpinionId, null), cancellationToken);
        return RedirectToPage("/Papers/Opinions/Edit", new { org = Org.ToLowerInvariant(), year = opinion.YearSlug });
    }
}
