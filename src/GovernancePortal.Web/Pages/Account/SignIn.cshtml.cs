using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Account.SignIn;

namespace GovernancePortal.Web.Pages.Account;

public sealed class SignInModel(IMediator mediator, GovernancePortal.Infrastructure.Identity.SessionSettings sessions) : PageModel
{
    public const string FailedMessage = UseCase.FailedMessage;

    [BindProperty]
    public UseCase.Form Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "signedOut")]
    public bool SignedOut { get; set; }

    public int IdleMinutes => (int)sessions.IdleTimeout.TotalMinutes;

    public int AbsoluteHours => (int)sessions.AbsoluteTimeout.TotalHours;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? ReturnToPage() : Page();

    /// <summary>A failed sign-in re-shows this page with 400 (<see cref="Filters.UseCaseExceptionFilter"/>), the e-mail kept and the password empty.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(Input.ToCommand(), cancellationToken);
        return outcome == UseCase.Outcome.MustChangePassword ? RedirectToPage("/Account/ChangePassword") : ReturnToPage();
    }

    /// <summary>Back where the user was going (a local URL only), else home.</summary>
    private IActionResult ReturnToPage() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
}
