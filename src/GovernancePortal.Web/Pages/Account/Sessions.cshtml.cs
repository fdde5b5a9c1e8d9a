using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Account.Sessions;

namespace GovernancePortal.Web.Pages.Account;

/// <summary>/account/sessions: where the user is signed in, and signing out of the other sessions or everywhere.</summary>
public sealed class SessionsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<UseCase.Row> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sessions = await mediator.Send(new UseCase.Query(), cancellationToken);

    public async Task<IActionResult> OnPostOthersAsync(CancellationToken cancellationToken)
    {
        var ended = await mediator.Send(new UseCase.SignOutOthersCommand(), cancellationToken);
        TempData["Success"] = ended == 0 ? "You had no other sessions" : ended == 1 ? "You have been signed out of 1 other session" : $"You have been signed out of {ended} other sessions";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEverywhereAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new UseCase.SignOutEverywhereCommand(), cancellationToken);
        // This session has ended on the server too: clear this browser's cookie.
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToPage("/Account/SignIn", new { signedOut = "true" });
    }
}
