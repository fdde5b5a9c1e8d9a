using GovernancePortal.Application.Features.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Admin.Users;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<UserListItem> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await mediator.Send(new ListUsersQuery(Search), cancellationToken);
}
