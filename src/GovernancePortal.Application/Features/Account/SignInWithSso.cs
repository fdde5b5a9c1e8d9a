using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// /signin-oidc: the identity provider has sent the browser back with a valid answer (the web app's OpenID Connect
/// handler checked it, Web/Security/SsoSetup.cs). The configured claim picks the portal account; the portal signs it in
/// with its own cookie and a server-side session (method "sso"), as the password sign-in does, or refuses. The portal
/// never creates an account here: someone the provider knows but the portal does not, or whose account is disabled,
/// is <see cref="Outcome.NotSetUp"/> (the "ask an administrator" page). Every answer is in the audit trail.
/// </summary>
public static class SignInWithSso
{
    public const string SignedInReason = "single sign-on";

    public const string DisabledReason = "single sign-on: account disabled";

    public static string UnknownReason(string claim) => $"single sign-on: no account matches the {claim} claim";

    /// <param name="Account">The value of the provider's <paramref name="MatchClaim"/> claim, if it sent one.</param>
    /// <param name="MatchClaim">The claim that names the account (settings: <c>Sso:MatchClaim</c>).</param>
    public sealed record Command(string? Account, string MatchClaim) : ICommand<Outcome>;

    public enum Outcome
    {
        SignedIn,

        /// <summary>No portal account matches, or it is disabled.</summary>
        NotSetUp,
    }

    public sealed class Handler(
        SignInManager<ApplicationUser> signInManager,
        UserManager<ApplicationUser> users,
        IAccountEventLog accountEvents,
        TimeProvider time) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var name = command.Account?.Trim();
            var user = string.IsNullOrEmpty(name) ? null : await users.FindByEmailAsync(name);
            if (user is null)
            {
                await accountEvents.RecordUnknownAccountAsync(string.IsNullOrEmpty(name) ? $"(no {command.MatchClaim} claim)" : name, UnknownReason(command.MatchClaim), cancellationToken);
                return Outcome.NotSetUp;
            }

            if (!await signInManager.CanSignInAsync(user))
            {
                await accountEvents.RecordAsync(AuditAction.SignInFailed, user.Id, user.Email, DisabledReason, cancellationToken);
                return Outcome.NotSetUp;
            }

            var properties = new AuthenticationProperties { IsPersistent = false };
            properties.Items[UserSession.MethodItem] = UserSession.SsoMethod;
            await signInManager.SignInAsync(user, properties, UserSession.SsoMethod);
            await accountEvents.RecordAsync(AuditAction.SignedIn, user.Id, user.Email, SignedInReason, cancellationToken);
            user.LastSignInAtUtc = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return Outcome.SignedIn;
        }
    }
}
