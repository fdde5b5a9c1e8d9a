using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Account.SignOut;

namespace GovernancePortal.Web.Pages.Account;

/// <summary>Signing out is a POST (from the navigation's form); the GET page offers the button for anyone who lands here.</summary>
public sealed class SignOutModel(IMediator mediator) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new UseCase.Command(), cancellationToken);
        return RedirectToPage("/Account/SignIn", new { signedOut = "true" });
    }
}
