using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Users;

/// <summary>/admin/users: accounts for the administrators' list, optionally filtered by name or e-mail.</summary>
public static class ListUsers
{
    public sealed record Query(string? Search = null) : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(
        string Id,
        string Email,
        string DisplayName,
        IReadOnlyList<string> Roles,
        IReadOnlyList<string> Organisations,
        bool IsDisabled,
        bool IsLockedOut,
        DateTime? LastSignInAtUtc,
        bool RequiresSso = false);

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim().ToUpperInvariant();
                users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
            }

            var rows = await users
                .OrderBy(u => u.DisplayName)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.DisplayName,
                    u.IsDisabled,
                    u.LockoutEnd,
                    u.LastSignInAtUtc,
                    u.RequiresSso,
                    Organisations = u.Organisations.Select(o => o.Organisation!.Code).ToList(),
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                })
                .ToListAsync(cancellationToken);

            var now = time.GetUtcNow();
            return [.. rows.Select(u => new Item(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                [.. u.Roles.Order(StringComparer.Ordinal)],
                [.. u.Organisations.Order(StringComparer.Ordinal)],
                u.IsDisabled,
                u.LockoutEnd is { } end && end > now,
                u.LastSignInAtUtc,
                u.RequiresSso))];
        }
    }
}
