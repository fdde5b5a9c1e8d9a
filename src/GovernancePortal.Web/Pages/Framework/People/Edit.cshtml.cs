using GovernancePortal.Application.Features.People;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.People;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public PersonDetails Details { get; private set; } = default!;

    public IReadOnlyList<AccountOption> Accounts { get; private set; } = [];

    public string PeopleUrl => $"/framework/{Org.ToLowerInvariant()}/people";

    public string PageUrl => $"{PeopleUrl}/{Id}/edit";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new PersonInput
        {
            JobTitle = Details.JobTitle,
            FullName = Details.FullName,
            Email = Details.Email,
            UserId = Details.UserId,
            Version = Details.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new UpdatePersonCommand(Org, Id, Input.JobTitle, Input.FullName, Input.Email, Input.UserId, Input.Version), cancellationToken);
        TempData["Success"] = "The changes have been saved";
        return Redirect(PageUrl);
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) => SetArchivedAsync(true, cancellationToken);

    public Task<IActionResult> OnPostUnarchiveAsync(CancellationToken cancellationToken) => SetArchivedAsync(false, cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new GetPersonQuery(Org, Id), cancellationToken);
        Accounts = await mediator.Send(new ListLinkableAccountsQuery(Org), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = Details.Version;
        }
    }

    private async Task<IActionResult> SetArchivedAsync(bool archived, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetPersonArchivedCommand(Org, Id, archived, Input.Version), cancellationToken);
        TempData["Success"] = archived ? "The person has been archived" : "The person is current again";
        return Redirect(PageUrl);
    }
}
