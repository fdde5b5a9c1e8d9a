using GovernancePortal.Application.Features.Proposals;
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
    public DecisionInput Input { get; set; } = new();

    public ProposalDetails Proposal { get; private set; } = default!;

    /// <summary>Accepting was refused because the text changed after the lead proposed: offer "Accept anyway".</summary>
    public bool TextChanged => Proposal.TextChangedSinceProposed || ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey);

    public string QueueUrl => $"/framework/{Org.ToLowerInvariant()}/proposals";

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new AcceptProposalCommand(Org, Id, Input.Version, Input.AcceptAnyway), cancellationToken);
        TempData["Success"] = "The proposal has been accepted and the text replaced";
        return Redirect(QueueUrl);
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ReturnProposalCommand(Org, Id, Input.Version, Input.Comment), cancellationToken);
        TempData["Success"] = "The proposal has been returned to the lead with your comment";
        return Redirect(QueueUrl);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Proposal = await mediator.Send(new GetProposalQuery(Org, Id), cancellationToken);

    public sealed class DecisionInput
    {
        public string? Comment { get; set; }

        public Guid Version { get; set; }

        public bool AcceptAnyway { get; set; }
    }
}
