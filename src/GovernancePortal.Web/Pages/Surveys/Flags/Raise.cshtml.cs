using GovernancePortal.Application.Features.Surveys.Flags;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Flags;

/// <summary>Turns a flag into an improvement action or area: /surveys/{id}/flags/{sectionId}/raise.</summary>
public sealed class RaiseModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    /// <summary>The command as the form posts it; the survey and section come from the route.</summary>
    [BindProperty]
    public RaiseFlag.Command Input { get; set; } = new();

    public RaiseFlag.Form Form { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = Form.Prefilled;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Loading the form first checks both permissions before the command is validated.
        await ReloadAsync(cancellationToken);
        Input.SurveyId = Id;
        Input.SectionId = SectionId;
        var raised = await mediator.Send(Input, cancellationToken);
        if (raised.Kind == RaiseFlag.RaiseAs.Action)
        {
            TempData["Success"] = $"The improvement action has been raised from {Form.SectionTitle}";
            return RedirectToPage("/Improvement/Actions/Details", new { id = raised.Id });
        }

        TempData["Success"] = $"The improvement area has been raised from {Form.SectionTitle}";
        return RedirectToPage("/Improvement/Plan", null, new { org = raised.OrganisationCode.ToLowerInvariant(), plan = raised.PlanSlug }, $"area-{raised.Id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Form = await mediator.Send(new RaiseFlag.Query(Id, SectionId), cancellationToken);
}
