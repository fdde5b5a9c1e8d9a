using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Admin.Users;

public sealed class CreateModel(IMediator mediator, GovernancePortal.Web.Security.SsoSettings sso) : PageModel, IReloadOnError
{
    [BindProperty]
    public CreateUser.Form Input { get; set; } = new();

    public IReadOnlyList<ChoiceItem> OrganisationItems { get; private set; } = [];

    /// <summary>The identity provider's name when single sign-on is on, else null.</summary>
    public string? SsoName => sso.Enabled ? sso.DisplayName : null;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Input.ToCommand(), cancellationToken);
        TempData["Success"] = Input.RequiresSso
            ? $"{Input.DisplayName?.Trim()} can now sign in with single sign-on"
            : $"{Input.DisplayName?.Trim()} can now sign in with the temporary password";
        return RedirectToPage("Edit", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        OrganisationItems = UserChoices.Organisations(await mediator.Send(new ListOrganisations.Query(), cancellationToken));
}
