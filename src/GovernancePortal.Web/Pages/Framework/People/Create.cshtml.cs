using GovernancePortal.Application.Features.People;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.People;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public IReadOnlyList<AccountOption> Accounts { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new CreatePersonCommand(Org, Input.JobTitle, Input.FullName, Input.Email, Input.UserId), cancellationToken);
        TempData["Success"] = "The person has been added";
        return Redirect($"/framework/{Org.ToLowerInvariant()}/people/{id}/edit");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Accounts = await mediator.Send(new ListLinkableAccountsQuery(Org), cancellationToken);
}

/// <summary>The person form of the create and edit pages.</summary>
public sealed class PersonInput
{
    public string? JobTitle { get; set; }

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? UserId { get; set; }

    public Guid Version { get; set; }
}
