using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Users;

/// <summary>The organisations an account can be given (for the user forms).</summary>
public sealed record ListOrganisationsQuery : IQuery<IReadOnlyList<OrganisationOption>>;

public sealed record OrganisationOption(string Code, string Name, string ShortName);

public sealed class ListOrganisationsHandler(GovernancePortalDbContext db) : IQueryHandler<ListOrganisationsQuery, IReadOnlyList<OrganisationOption>>
{
    public async ValueTask<IReadOnlyList<OrganisationOption>> Handle(ListOrganisationsQuery query, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => new OrganisationOption(o.Code, o.Name, o.ShortName)).ToListAsync(cancellationToken);
}
