using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// /account/sign-in: signs in with e-mail address and password (Identity's cookie, through the web app's sign-in
/// manager, which writes the attempt to the audit trail). A locked or disabled account, a wrong password and an
/// unknown address all get the same answer (<see cref="FailedMessage"/> on the e-mail field) after the same work.
/// </summary>
public static class SignIn
{
    public const string FailedMessage = "Enter a correct email address and password";

    /// <summary>The page's form. The password is never written back into the page.</summary>
    public sealed class Form
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public Command ToCommand() => new(Email ?? string.Empty, Password ?? string.Empty);
    }

    public sealed record Command(string Email, string Password) : ICommand<Outcome>;

    public enum Outcome
    {
        SignedIn,

        /// <summary>Signed in, with a password set by an administrator: the user must choose their own first.</summary>
        MustChangePassword,
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
        }
    }

    public sealed class Handler(
        SignInManager<ApplicationUser> signInManager,
        UserManager<ApplicationUser> users,
        IPasswordHasher<ApplicationUser> hasher,
        IAccountEventLog accountEvents,
        TimeProvider time) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(command.Email.Trim());
            if (user is null)
            {
                // Check a real hash anyway, so that a failed sign-in takes as long whether or not the account exists.
                hasher.VerifyHashedPassword(new ApplicationUser { DisplayName = "none" }, SignInTiming.DummyHash(hasher), command.Password);
                await accountEvents.RecordUnknownAccountAsync(command.Email, cancellationToken: cancellationToken);
                throw Failed();
            }

            // The sign-in manager writes the attempt to the audit trail.
            var result = await signInManager.PasswordSignInAsync(user, command.Password, isPersistent: false, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                // A locked or disabled account answers exactly as a wrong password does (same message, status and
                // work), so the answer never tells whether an account exists or is locked. The audit trail records the
                // real reason.
                throw Failed();
            }

            user.LastSignInAtUtc = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return user.MustChangePassword ? Outcome.MustChangePassword : Outcome.SignedIn;
        }

        private static FluentValidation.ValidationException Failed() => Validation.Fail(nameof(Command.Email), FailedMessage);
    }
}
