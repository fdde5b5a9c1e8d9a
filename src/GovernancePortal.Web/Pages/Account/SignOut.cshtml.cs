using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Account;

/// <summary>Signing out is a POST (from the navigation's form); the GET page offers the button for anyone who lands here.</summary>
public sealed class SignOutModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return Redirect("/account/sign-in?signedOut=true");
    }
}
