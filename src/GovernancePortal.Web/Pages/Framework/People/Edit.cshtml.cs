using GovernancePortal.Application.Features.Framework.People;
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
    public EditPerson.Form Input { get; set; } = new();

    public PersonDetails Details { get; private set; } = default!;

    public IReadOnlyList<AccountOption> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new EditPerson.Query(Org, Id), cancellationToken);
        (Details, Accounts, Input) = (page.Details, page.Accounts, page.Form);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditPerson.Command(Org, Id, Input.JobTitle, Input.FullName, Input.Email, Input.UserId, Input.Version, Input.BusinessGroup), cancellationToken);
        TempData["Success"] = "The changes have been saved";
        return ToThisPage();
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) => SetArchivedAsync(true, cancellationToken);

    public Task<IActionResult> OnPostUnarchiveAsync(CancellationToken cancellationToken) => SetArchivedAsync(false, cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new EditPerson.Query(Org, Id), cancellationToken);
        (Details, Accounts) = (page.Details, page.Accounts);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = Details.Version;
        }
    }

    private async Task<IActionResult> SetArchivedAsync(bool archive, CancellationToken cancellationToken)
    {
        await mediator.Send(new EditPerson.ArchiveCommand(Org, Id, archive, Input.Version), cancellationToken);
        TempData["Success"] = archive ? "The person has been archived" : "The person is current again";
        return ToThisPage();
    }

    private RedirectToPageResult ToThisPage() => RedirectToPage("/Framework/People/Edit", new { org = Org.ToLowerInvariant(), id = Id });
}
