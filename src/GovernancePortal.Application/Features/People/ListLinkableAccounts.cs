using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.People;

/// <summary>The organisation's sign-in accounts that a person can be linked to (disabled accounts are left out).</summary>
public sealed record ListLinkableAccountsQuery(string Organisation) : IQuery<IReadOnlyList<AccountOption>>;

public sealed record AccountOption(string UserId, string DisplayName, string Email);

public sealed class ListLinkableAccountsHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListLinkableAccountsQuery, IReadOnlyList<AccountOption>>
{
    public async ValueTask<IReadOnlyList<AccountOption>> Handle(ListLinkableAccountsQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.EditFramework, cancellationToken);
        var ids = db.UserOrganisations.Where(o => o.OrganisationId == organisation.Id).Select(o => o.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && !u.IsDisabled)
            .OrderBy(u => u.DisplayName)
            .Select(u => new AccountOption(u.Id, u.DisplayName, u.Email ?? string.Empty))
            .ToListAsync(cancellationToken);
    }
}
