using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Users;

/// <summary>The organisations an account can be given (shared by the create and edit user pages).</summary>
public static class ListOrganisations
{
    public sealed record Query : IQuery<IReadOnlyList<Option>>;

    public sealed record Option(string Code, string Name, string ShortName);

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Option>>
    {
        public async ValueTask<IReadOnlyList<Option>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => new Option(o.Code, o.Name, o.ShortName)).ToListAsync(cancellationToken);
    }
}
