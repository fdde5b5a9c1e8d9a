using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Users;

/// <summary>
/// /admin/users/edit/{id}: an account's details; its name, roles and organisations changed atomically; the account
/// disabled or enabled again; whether it signs in with single sign-on only (no portal password: docs/sso.md).
/// </summary>
/// <remarks>
/// Concurrency: accounts are Identity users, which carry Identity's <c>ConcurrencyStamp</c> rather than the portal's
/// integer <c>Version</c>, so this page does not use <c>db.ExpectVersion</c>: the stamp the page read is set as the
/// original value and Identity's update fails when the database holds another.
/// </remarks>
public static class EditUser
{
    public sealed record Query(string UserId) : IQuery<Details>;

    public sealed record Details(
        string Id,
        string Email,
        string DisplayName,
        IReadOnlyList<string> Roles,
        IReadOnlyList<string> Organisations,
        bool IsDisabled,
        bool IsLockedOut,
        bool MustChangePassword,
        DateTime CreatedAtUtc,
        DateTime? LastSignInAtUtc,
        string ConcurrencyStamp,
        bool RequiresSso = false);

    /// <summary>The page's form (name and access), with the stamp of the version it was read from.</summary>
    public sealed class Form
    {
        public string? DisplayName { get; set; }

        public List<string> Roles { get; set; } = [];

        public List<string> Organisations { get; set; } = [];

        public string? ConcurrencyStamp { get; set; }

        /// <summary>Signs in with single sign-on only: no portal password.</summary>
        public bool RequiresSso { get; set; }

        /// <summary>A temporary password, needed only when single sign-on only is cleared. Never written back into the page.</summary>
        public string? Password { get; set; }

        public static Form From(Details details)
        {
            ArgumentNullException.ThrowIfNull(details);
            return new()
            {
                DisplayName = details.DisplayName,
                Roles = [.. details.Roles],
                Organisations = [.. details.Organisations],
                ConcurrencyStamp = details.ConcurrencyStamp,
                RequiresSso = details.RequiresSso,
            };
        }

        public Command ToCommand(string userId) =>
            new(userId, DisplayName ?? string.Empty, Roles, Organisations, ConcurrencyStamp ?? string.Empty, RequiresSso, string.IsNullOrEmpty(Password) ? null : Password);
    }

    /// <summary>
    /// Changes an account's name, roles and organisations, atomically. Fails with a conflict when someone else changed
    /// the account after <see cref="ConcurrencyStamp"/> was read. Setting <see cref="RequiresSso"/> removes the account's
    /// password; clearing it needs a temporary <see cref="Password"/>, which the user must change at first sign-in.
    /// </summary>
    public sealed record Command(
        string UserId,
        string DisplayName,
        IReadOnlyCollection<string> Roles,
        IReadOnlyCollection<string> Organisations,
        string ConcurrencyStamp,
        bool RequiresSso = false,
        string? Password = null) : ICommand;

    public const string PasswordNeededMessage = "Enter a temporary password: without single sign-on only, the user signs in with it and then chooses their own";

    public const string PasswordNotNeededMessage = "Leave the temporary password empty unless you clear single sign-on only";

    /// <summary>
    /// Disables or re-enables an account. Disabling also changes the security stamp, so the user's open sessions end at
    /// their next request. Administrators cannot disable their own account.
    /// </summary>
    public sealed record SetDisabledCommand(string UserId, bool Disabled) : ICommand;

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator(ICurrentUser currentUser)
        {
            UserRules.DisplayName(this, x => x.DisplayName);
            UserRules.Access(this, x => x.Roles ?? [], x => x.Organisations ?? []);
            RuleFor(x => x.Password)
                .MinimumLength(IdentitySetup.MinimumPasswordLength).WithMessage($"Password must be {IdentitySetup.MinimumPasswordLength} characters or more")
                .MaximumLength(IdentitySetup.MaximumPasswordLength).WithMessage($"Password must be {IdentitySetup.MaximumPasswordLength} characters or fewer")
                .When(x => !string.IsNullOrEmpty(x.Password));
            RuleFor(x => x.Password).Empty().WithMessage(PasswordNotNeededMessage).When(x => x.RequiresSso);
            RuleFor(x => x.Roles)
                .Must(r => r.Contains(AppRoles.Administrator)).WithMessage("You cannot remove your own Administrator role")
                .When(x => x.UserId == currentUser.UserId && x.Roles is not null);
        }
    }

    public const string DisabledReason = "account disabled";

    public const string SsoRequiredReason = "set to single sign-on only";

    public sealed class Handler(
        GovernancePortalDbContext db, UserManager<ApplicationUser> users, ICurrentUser currentUser, TimeProvider time, IUserSessions sessions, IAccountEventLog accountEvents)
        : IQueryHandler<Query, Details>, ICommandHandler<Command>, ICommandHandler<SetDisabledCommand>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().Include(u => u.Organisations).ThenInclude(o => o.Organisation)
                .SingleOrDefaultAsync(u => u.Id == query.UserId, cancellationToken)
                ?? throw new NotFoundException("There is no account with this identifier.");
            var roles = await users.GetRolesAsync(user);
            return new Details(
                user.Id,
                user.Email ?? string.Empty,
                user.DisplayName,
                [.. roles.Order(StringComparer.Ordinal)],
                [.. user.Organisations.Select(o => o.Organisation!.Code).Order(StringComparer.Ordinal)],
                user.IsDisabled,
                user.LockoutEnd is { } end && end > time.GetUtcNow(),
                user.MustChangePassword,
                user.CreatedAtUtc,
                user.LastSignInAtUtc,
                user.ConcurrencyStamp ?? string.Empty,
                user.RequiresSso);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await db.Users.Include(u => u.Organisations).ThenInclude(o => o.Organisation)
                .SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
                ?? throw new NotFoundException("There is no account with this identifier.");

            var currentRoles = await users.GetRolesAsync(user);
            if (user.ConcurrencyStamp != command.ConcurrencyStamp)
            {
                throw Conflict(user, currentRoles);
            }

            var wasSso = user.RequiresSso;
            if (wasSso && !command.RequiresSso && string.IsNullOrEmpty(command.Password))
            {
                throw Validation.Fail(nameof(command.Password), PasswordNeededMessage);
            }

            if (!wasSso && !command.RequiresSso && !string.IsNullOrEmpty(command.Password))
            {
                throw Validation.Fail(nameof(command.Password), PasswordNotNeededMessage);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            user.DisplayName = command.DisplayName.Trim();
            user.Organisations.RemoveAll(o => !command.Organisations.Contains(o.Organisation!.Code));
            var missing = command.Organisations.Except(user.Organisations.Select(o => o.Organisation!.Code)).ToList();
            var added = await db.Organisations.Where(o => missing.Contains(o.Code)).ToListAsync(cancellationToken);
            user.Organisations.AddRange(added.Select(o => new UserOrganisation { UserId = user.Id, OrganisationId = o.Id }));
            user.RequiresSso = command.RequiresSso;
            if (command.RequiresSso)
            {
                // No password, so nothing to change at the next sign-in.
                user.MustChangePassword = false;
            }

            // Identity's stamp, not the portal's Version (see the remarks above): the stamp read by the page is the one
            // the database must still hold, or the update fails.
            db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
                {
                    throw Conflict(user, currentRoles);
                }

                IdentityErrors.ThrowIfFailed(updated);
            }

            // Single sign-on only: the password goes. Cleared again: the administrator's temporary password, as on Create.
            if (command.RequiresSso && !wasSso && await users.HasPasswordAsync(user))
            {
                IdentityErrors.ThrowIfFailed(await users.RemovePasswordAsync(user));
                // Sessions signed in with the password that no longer exists end, as after a password change.
                var ended = await sessions.EndAllAsync(user.Id, SsoRequiredReason, cancellationToken: cancellationToken);
                if (ended > 0)
                {
                    await accountEvents.RecordByAsync(AuditAction.SessionsEnded, user.Id, user.Email, currentUser, $"{ended} session(s) ended: {SsoRequiredReason}", cancellationToken);
                }
            }
            else if (!command.RequiresSso && wasSso)
            {
                if (await users.HasPasswordAsync(user))
                {
                    IdentityErrors.ThrowIfFailed(await users.RemovePasswordAsync(user));
                }

                // AddPasswordAsync checks the password rules and saves the account (with this flag).
                user.MustChangePassword = true;
                var passwordAdded = await users.AddPasswordAsync(user, command.Password!);
                if (!passwordAdded.Succeeded)
                {
                    throw IdentityErrors.ToValidation(passwordAdded, nameof(command.Password));
                }
            }

            var removeRoles = currentRoles.Except(command.Roles).ToList();
            var addRoles = command.Roles.Except(currentRoles).ToList();
            if (removeRoles.Count > 0)
            {
                IdentityErrors.ThrowIfFailed(await users.RemoveFromRolesAsync(user, removeRoles));
            }

            if (addRoles.Count > 0)
            {
                IdentityErrors.ThrowIfFailed(await users.AddToRolesAsync(user, addRoles));
            }

            // Name, roles and organisations are in each session's principal: a new security stamp makes every instance
            // build it again at the session's next check (within Security:SessionCheckInterval).
            IdentityErrors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));

            await transaction.CommitAsync(cancellationToken);
            sessions.AccountChanged(user.Id);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(SetDisabledCommand command, CancellationToken cancellationToken)
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

            // UpdateSecurityStampAsync saves the user too. Disabling ends every session of the account at once.
            IdentityErrors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            if (command.Disabled)
            {
                var ended = await sessions.EndAllAsync(user.Id, DisabledReason, cancellationToken: cancellationToken);
                if (ended > 0)
                {
                    await accountEvents.RecordByAsync(AuditAction.SessionsEnded, user.Id, user.Email, currentUser, $"{ended} session(s) ended: {DisabledReason}", cancellationToken);
                }
            }

            return Unit.Value;
        }

        private ConcurrencyConflictException Conflict(ApplicationUser user, IList<string> roles)
        {
            db.ChangeTracker.Clear();
            return new ConcurrencyConflictException(
                "Someone else changed this account after you opened it. Their version is shown below; your changes have not been saved.",
                new Dictionary<string, string?>
                {
                    ["Full name"] = user.DisplayName,
                    ["Roles"] = string.Join(", ", roles.Order(StringComparer.Ordinal).Select(AppRoles.DisplayName)),
                    ["Organisations"] = string.Join(", ", user.Organisations.Select(o => o.Organisation?.ShortName).Order(StringComparer.Ordinal)),
                });
        }
    }
}
