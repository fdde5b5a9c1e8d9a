using GovernancePortal.Application.Features.Framework.Principles;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Principles;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    public ListPrinciples.PrincipleList Principles { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Principles = await mediator.Send(new ListPrinciples.Query(Org), cancellationToken);
}
