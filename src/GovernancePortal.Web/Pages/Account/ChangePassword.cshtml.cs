using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Account.ChangePassword;

namespace GovernancePortal.Web.Pages.Account;

public sealed class ChangePasswordModel(IMediator mediator, SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public UseCase.Form Input { get; set; } = new();

    public bool MustChange => User.HasClaim(AppClaimsPrincipalFactory.MustChangePasswordClaim, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input.ToCommand(), cancellationToken);

        // The security stamp changed: renew this session's cookie (other sessions end).
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        TempData["Success"] = "Your password has been changed";
        return RedirectToPage("/Index");
    }
}
