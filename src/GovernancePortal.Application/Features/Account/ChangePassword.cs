using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// /account/change-password: the signed-in user changes their password. Identity changes the security stamp, which
/// ends the user's other sessions; the web page then renews the current one.
/// </summary>
public static class ChangePassword
{
    /// <summary>The page's form. Passwords are never written back into the page.</summary>
    public sealed class Form
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmNewPassword { get; set; }

        public Command ToCommand() => new(CurrentPassword ?? string.Empty, NewPassword ?? string.Empty, ConfirmNewPassword ?? string.Empty);
    }

    public sealed record Command(string CurrentPassword, string NewPassword, string ConfirmNewPassword) : ICommand;

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
            RuleFor(x => x.NewPassword)
                .NotEmpty().WithMessage("Enter a new password")
                .MinimumLength(IdentitySetup.MinimumPasswordLength).WithMessage($"Password must be {IdentitySetup.MinimumPasswordLength} characters or more")
                .MaximumLength(IdentitySetup.MaximumPasswordLength).WithMessage($"Password must be {IdentitySetup.MaximumPasswordLength} characters or fewer")
                .NotEqual(x => x.CurrentPassword).WithMessage("Your new password must be different from your current password");
            RuleFor(x => x.ConfirmNewPassword)
                .NotEmpty().WithMessage("Confirm your new password")
                .Equal(x => x.NewPassword).WithMessage("The passwords do not match");
        }
    }

    public const string PasswordChangedReason = "password changed";

    public sealed class Handler(UserManager<ApplicationUser> users, ICurrentUser currentUser, IAccountEventLog accountEvents, IUserSessions sessions) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = (currentUser.UserId is { } id ? await users.FindByIdAsync(id) : null)
                ?? throw new ForbiddenException("Sign in to change your password.");
            var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
            if (!result.Succeeded)
            {
                throw IdentityErrors.ToValidation(result, nameof(command.NewPassword));
            }

            if (user.MustChangePassword)
            {
                user.MustChangePassword = false;
                IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user));
            }

            await accountEvents.RecordAsync(AuditAction.PasswordChanged, user.Id, user.Email, cancellationToken: cancellationToken);

            // Every other session of the account ends; this one continues (the page renews it with the new stamp).
            var ended = await sessions.EndAllAsync(user.Id, PasswordChangedReason, keepSessionId: currentUser.SessionId, cancellationToken);
            if (ended > 0)
            {
                await accountEvents.RecordAsync(AuditAction.SessionsEnded, user.Id, user.Email, $"{ended} other session(s) ended: {PasswordChangedReason}", cancellationToken);
            }

            return Unit.Value;
        }
    }
}
