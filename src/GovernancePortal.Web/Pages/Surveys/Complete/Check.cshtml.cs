using GovernancePortal.Application.Features.Surveys.Complete;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Complete;

public sealed class CheckModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    public CheckAnswers.Model Answers { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Answers = await mediator.Send(new CheckAnswers.Query(ReturnId), cancellationToken);
}
