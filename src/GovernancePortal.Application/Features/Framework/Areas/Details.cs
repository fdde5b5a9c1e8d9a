using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Framework.Areas;

/// <summary>A governance area's page (/framework/{org}/areas/{id}): its text for one year (the latest the user may see when none is given).</summary>
public static class AreaDetails
{
    public sealed record Query(string Organisation, int AreaId, string? Year) : IQuery<AreaView>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, AreaView>
    {
        public async ValueTask<AreaView> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return await AreaView.LoadAsync(db, user, organisation, query.AreaId, query.Year, cancellationToken);
        }
    }
}
