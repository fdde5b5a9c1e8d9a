using System.Security.Claims;
using GovernancePortal.Application.Features.Account;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Web.Security;

/// <summary>Identity's sign-in manager, refusing disabled accounts and writing sign-ins and sign-outs to the audit trail.</summary>
public sealed class AppSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IAccountEventLog accountEvents)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public const string WrongPasswordReason = "wrong password";
    public const string DisabledReason = "account disabled";
    public const string LockedReason = "account locked";
    public const string LockedOutReason = "too many failed attempts";
    public const string SsoRequiredReason = "single sign-on required";

    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    public override async Task<SignInResult> PasswordSignInAsync(ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.RequiresSso)
        {
            // The account has no portal password: refused exactly as a wrong password is (same work: one hash check;
            // same answer), without counting towards a lockout that would protect no password.
            UserManager.PasswordHasher.VerifyHashedPassword(user, SignInTiming.DummyHash(UserManager.PasswordHasher), password);
            await accountEvents.RecordAsync(AuditAction.SignInFailed, user.Id, user.Email, SsoRequiredReason);
            return SignInResult.Failed;
        }

        var wasLockedOut = UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user);
        if (wasLockedOut || user.IsDisabled)
        {
            // Identity refuses a locked or disabled account before it checks the password. Check it anyway (and ignore
            // the answer), so that the refusal takes as long as a wrong password and timing does not tell them apart.
            UserManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? SignInTiming.DummyHash(UserManager.PasswordHasher), password);
        }

        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        var (action, reason) = result switch
        {
            { Succeeded: true } => (AuditAction.SignedIn, null),
            { IsLockedOut: true } when !wasLockedOut => (AuditAction.LockedOut, LockedOutReason),
            { IsLockedOut: true } => (AuditAction.SignInFailed, LockedReason),
            { IsNotAllowed: true } => (AuditAction.SignInFailed, DisabledReason),
            _ => (AuditAction.SignInFailed, WrongPasswordReason),
        };
        await accountEvents.RecordAsync(action, user.Id, user.Email, reason);
        return result;
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        // The session store ends the server-side session with this reason (rather than "expired").
        Context.Items[SessionTicketStore.EndReasonItem] = GovernancePortal.Infrastructure.Identity.UserSessions.SignedOutReason;
        await base.SignOutAsync();
        if (principal.Identity?.IsAuthenticated == true && principal.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId)
        {
            await accountEvents.RecordAsync(AuditAction.SignedOut, userId, principal.Identity.Name);
        }
    }
}
