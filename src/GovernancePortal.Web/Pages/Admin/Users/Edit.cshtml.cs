using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Admin.Users;

public sealed class EditModel(IMediator mediator, GovernancePortal.Web.Security.SsoSettings sso) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public EditUser.Form Input { get; set; } = new();

    public EditUser.Details Details { get; private set; } = default!;

    public IReadOnlyList<ChoiceItem> OrganisationItems { get; private set; } = [];

    /// <summary>The identity provider's name when single sign-on is on, else null.</summary>
    public string? SsoName => sso.Enabled ? sso.DisplayName : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = EditUser.Form.From(Details);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input.ToCommand(Id), cancellationToken);
        TempData["Success"] = "The user's changes have been saved";
        return RedirectToPage(new { id = Id });
    }

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) => SetDisabledAsync(true, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) => SetDisabledAsync(false, cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new EditUser.Query(Id), cancellationToken);
        OrganisationItems = UserChoices.Organisations(await mediator.Send(new ListOrganisations.Query(), cancellationToken));
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // After a conflict the form keeps what the user typed, but saving again should replace the other
            // person's version, so the form now carries the version just shown.
            Input.ConcurrencyStamp = Details.ConcurrencyStamp;
        }
    }

    private async Task<IActionResult> SetDisabledAsync(bool disabled, CancellationToken cancellationToken)
    {
        await mediator.Send(new EditUser.SetDisabledCommand(Id, disabled), cancellationToken);
        TempData["Success"] = disabled ? "The account has been disabled and its sessions ended" : "The account has been enabled";
        return RedirectToPage(new { id = Id, handler = (string?)null });
    }
}
