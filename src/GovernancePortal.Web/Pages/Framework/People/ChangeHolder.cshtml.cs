using GovernancePortal.Application.Features.Framework.People;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.People;

public sealed class ChangeHolderModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ChangeHolder.Form Input { get; set; } = new();

    public PersonDetails Details { get; private set; } = default!;

    public IReadOnlyList<AccountOption> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ChangeHolder.Form { Version = Details.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(
            new ChangeHolder.Command(Org, Id, Input.FullName, Input.Email, Input.UserId, Input.StartDay, Input.StartMonth, Input.StartYear, Input.Version),
            cancellationToken);
        TempData["Success"] = "The new holder has been recorded and the previous holder kept in the post's history";
        return RedirectToPage("/Framework/People/Edit", new { org = Org.ToLowerInvariant(), id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        (Details, Accounts) = await mediator.Send(new ChangeHolder.Query(Org, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Details.Version;
        }
    }
}
