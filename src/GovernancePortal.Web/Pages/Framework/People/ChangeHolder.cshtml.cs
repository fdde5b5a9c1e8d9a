using GovernancePortal.Application.Features.People;
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
    public ChangeHolderInput Input { get; set; } = new();

    public PersonDetails Details { get; private set; } = default!;

    public IReadOnlyList<AccountOption> Accounts { get; private set; } = [];

    public string EditUrl => $"/framework/{Org.ToLowerInvariant()}/people/{Id}/edit";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ChangeHolderInput { Version = Details.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(
            new ChangeHolderCommand(Org, Id, Input.FullName, Input.Email, Input.UserId, Input.StartDay, Input.StartMonth, Input.StartYear, Input.Version),
            cancellationToken);
        TempData["Success"] = "The new holder has been recorded and the previous holder kept in the post's history";
        return Redirect(EditUrl);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new GetPersonQuery(Org, Id), cancellationToken);
        Accounts = await mediator.Send(new ListLinkableAccountsQuery(Org), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Details.Version;
        }
    }

    public sealed class ChangeHolderInput
    {
        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? UserId { get; set; }

        public string? StartDay { get; set; }

        public string? StartMonth { get; set; }

        public string? StartYear { get; set; }

        public Guid Version { get; set; }
    }
}
