using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Account;

public sealed class SignInModel(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    IConfiguration configuration,
    IAccountEventLog accountEvents,
    TimeProvider time) : PageModel
{
    public const string FailedMessage = "Enter a correct email address and password";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "signedOut")]
    public bool SignedOut { get; set; }

    public int IdleMinutes => (int)configuration.GetValue("Security:IdleTimeout", TimeSpan.FromMinutes(30)).TotalMinutes;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Failed();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            // Check a real hash anyway, so that a failed sign-in takes as long whether or not the account exists.
            hasher.VerifyHashedPassword(new ApplicationUser { DisplayName = "none" }, GovernancePortal.Web.Security.SignInTiming.DummyHash, Input.Password!);
            await accountEvents.RecordUnknownAccountAsync(Input.Email);
            ModelState.AddModelError("Input.Email", FailedMessage);
            return Failed();
        }

        // The sign-in manager (AppSignInManager) writes the attempt to the audit trail.
        var result = await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInAtUtc = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return user.MustChangePassword ? Redirect("/account/change-password") : LocalRedirect(SafeReturnUrl);
        }

        // A locked or disabled account answers exactly as a wrong password does (same message, status and work), so
        // the answer never tells whether an account exists or is locked. The audit trail records the real reason.
        ModelState.AddModelError("Input.Email", FailedMessage);
        return Failed();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private PageResult Failed()
    {
        Input.Password = null;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
