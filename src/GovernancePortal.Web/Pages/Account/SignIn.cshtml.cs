using Mediator;
using GovernancePortal.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Account.SignIn;

namespace GovernancePortal.Web.Pages.Account;

public sealed class SignInModel(IMediator mediator, GovernancePortal.Infrastructure.Identity.SessionSettings sessions, SsoSettings sso) : PageModel
{
    public const string FailedMessage = UseCase.FailedMessage;

    [BindProperty]
    public UseCase.Form Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "signedOut")]
    public bool SignedOut { get; set; }

    /// <summary>Set when single sign-on came back without signing in (the provider refused, or the user cancelled).</summary>
    [BindProperty(SupportsGet = true, Name = "ssoFailed")]
    public bool SsoFailed { get; set; }

    /// <summary>Single sign-on's button text ("Sign in with …"), or null when single sign-on is off.</summary>
    public string? SsoName => sso.Enabled ? sso.DisplayName : null;

    public int IdleMinutes => (int)sessions.IdleTimeout.TotalMinutes;

    public int AbsoluteHours => (int)sessions.AbsoluteTimeout.TotalHours;

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (sso.Enabled)
        {
            HttpContext.Items[SecurityHeadersMiddleware.PolicyOverrideKey] = sso.SignInPagePolicy();
        }
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? ReturnToPage() : Page();

    /// <summary>A failed sign-in re-shows this page with 400 (<see cref="Filters.UseCaseExceptionFilter"/>), the e-mail kept and the password empty.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(Input.ToCommand(), cancellationToken);
        return outcome == UseCase.Outcome.MustChangePassword ? RedirectToPage("/Account/ChangePassword") : ReturnToPage();
    }

    /// <summary>The "Sign in with …" button: off to the identity provider, coming back to where the user was going.</summary>
    public IActionResult OnPostSso()
    {
        if (!sso.Enabled)
        {
            return NotFound();
        }

        var returnUrl = !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        return Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, SsoSettings.Scheme);
    }

    /// <summary>Back where the user was going (a local URL only), else home.</summary>
    private IActionResult ReturnToPage() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
}
