using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Users;

/// <summary>Loads an account for the administrators' edit page.</summary>
public sealed record GetUserQuery(string UserId) : IQuery<UserDetails>;

public sealed record UserDetails(
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
    string ConcurrencyStamp);

public sealed class GetUserHandler(GovernancePortalDbContext db, UserManager<ApplicationUser> users, TimeProvider time) : IQueryHandler<GetUserQuery, UserDetails>
{
    public async ValueTask<UserDetails> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Organisations).ThenInclude(o => o.Organisation)
            .SingleOrDefaultAsync(u => u.Id == query.UserId, cancellationToken)
            ?? throw new NotFoundException("There is no account with this identifier.");
        var roles = await users.GetRolesAsync(user);
        return new UserDetails(
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
            user.ConcurrencyStamp ?? string.Empty);
    }
}

/// <summary>
/// Changes an account's name, roles and organisations, atomically. Fails with a conflict when someone else changed the
/// account after <see cref="ConcurrencyStamp"/> was read.
/// </summary>
public sealed record UpdateUserCommand(
    string UserId,
    string DisplayName,
    IReadOnlyCollection<string> Roles,
    IReadOnlyCollection<string> Organisations,
    string ConcurrencyStamp) : ICommand;

public sealed class UpdateUserCommandValidator : UseCaseValidator<UpdateUserCommand>
{
    public UpdateUserCommandValidator(ICurrentUser currentUser)
    {
        UserRules.DisplayName(this, x => x.DisplayName);
        UserRules.Access(this, x => x.Roles ?? [], x => x.Organisations ?? []);
        RuleFor(x => x.Roles)
            .Must(r => r.Contains(AppRoles.Administrator)).WithMessage("You cannot remove your own Administrator role")
            .When(x => x.UserId == currentUser.UserId && x.Roles is not null);
    }
}

public sealed class UpdateUserHandler(GovernancePortalDbContext db, UserManager<ApplicationUser> users) : ICommandHandler<UpdateUserCommand>
{
    public async ValueTask<Unit> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Organisations).ThenInclude(o => o.Organisation)
            .SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("There is no account with this identifier.");

        var currentRoles = await users.GetRolesAsync(user);
        if (user.ConcurrencyStamp != command.ConcurrencyStamp)
        {
            throw Conflict(user, currentRoles);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = command.DisplayName.Trim();
        user.Organisations.RemoveAll(o => !command.Organisations.Contains(o.Organisation!.Code));
        var missing = command.Organisations.Except(user.Organisations.Select(o => o.Organisation!.Code)).ToList();
        var added = await db.Organisations.Where(o => missing.Contains(o.Code)).ToListAsync(cancellationToken);
        user.Organisations.AddRange(added.Select(o => new UserOrganisation { UserId = user.Id, OrganisationId = o.Id }));

        // The stamp read by the page is the one the database must still hold, or the update fails.
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

        if (removeRoles.Count > 0 || addRoles.Count > 0)
        {
            // Roles are in the sign-in cookie: a new security stamp makes open sessions pick up the change.
            IdentityErrors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        }

        await transaction.CommitAsync(cancellationToken);
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
