using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Users;

/// <summary>
/// Disables or re-enables an account. Disabling also changes the security stamp, so the user's open sessions end at
/// their next request. Administrators cannot disable their own account.
/// </summary>
public sealed record SetUserDisabledCommand(string UserId, bool Disabled) : ICommand;

public sealed class SetUserDisabledHandler(UserManager<ApplicationUser> users, ICurrentUser currentUser) : ICommandHandler<SetUserDisabledCommand>
{
    public async ValueTask<Unit> Handle(SetUserDisabledCommand command, CancellationToken cancellationToken)
    {
        if (command.Disabled && command.UserId == currentUser.UserId)
        {
            throw Validation.Fail(nameof(command.Disabled), "You cannot disable your own account");
        }

        var user = await users.FindByIdAsync(command.UserId) ?? throw new NotFoundException("There is no account with this identifier.");
        if (user.IsDisabled == command.Disabled)
        {
            return Unit.Value;
        }

        user.IsDisabled = command.Disabled;
        if (!command.Disabled)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        // UpdateSecurityStampAsync saves the user too.
        IdentityErrors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        return Unit.Value;
    }
}
