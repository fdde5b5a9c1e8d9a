using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// The signed-in user changes their password. Identity changes the security stamp, which ends the user's other
/// sessions; the web page then renews the current one.
/// </summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmNewPassword) : ICommand;

public sealed class ChangePasswordCommandValidator : UseCaseValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
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

public sealed class ChangePasswordHandler(UserManager<ApplicationUser> users, ICurrentUser currentUser, IAccountEventLog accountEvents)
    : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
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
        return Unit.Value;
    }
}
