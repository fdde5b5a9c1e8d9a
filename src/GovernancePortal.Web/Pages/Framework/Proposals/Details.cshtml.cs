using GovernancePortal.Application.Features.Framework.Proposals;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Proposals;

public sealed class DetailsModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DecideProposal.Form Input { get; set; } = new();

    public DecideProposal.Proposal Proposal { get; private set; } = default!;

    /// <summary>Accepting was refused because the text changed after the lead proposed: offer "Accept anyway".</summary>
    public bool TextChanged => Proposal.TextChangedSinceProposed || ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey);

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideProposal.AcceptCommand(Org, Id, Input.Version, Input.AcceptAnyway), cancellationToken);
        TempData["Success"] = "The proposal has been accepted and the text replaced";
        return ToQueue();
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideProposal.ReturnCommand(Org, Id, Input.Version, Input.Comment), cancellationToken);
        TempData["Success"] = "The proposal has been returned to the lead with your comment";
        return ToQueue();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Proposal = await mediator.Send(new DecideProposal.Query(Org, Id), cancellationToken);

    private RedirectToPageResult ToQueue() => RedirectToPage("/Framework/Proposals/Index", new { org = Org.ToLowerInvariant() });
}
