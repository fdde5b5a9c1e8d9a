using GovernancePortal.Application.Features.Framework.People;
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
    public CreatePerson.Form Input { get; set; } = new();

    public IReadOnlyList<AccountOption> Accounts { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new CreatePerson.Command(Org, Input.JobTitle, Input.FullName, Input.Email, Input.UserId, Input.BusinessGroup), cancellationToken);
        TempData["Success"] = "The person has been added";
        return RedirectToPage("/Framework/People/Edit", new { org = Org.ToLowerInvariant(), id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Accounts = await mediator.Send(new CreatePerson.Query(Org), cancellationToken);
}
