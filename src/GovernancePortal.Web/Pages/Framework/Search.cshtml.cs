using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework;

public sealed class SearchModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchFramework.Results? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query.ContainsKey("q"))
        {
            Results = await mediator.Send(new SearchFramework.Query(Query), cancellationToken);
        }
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
