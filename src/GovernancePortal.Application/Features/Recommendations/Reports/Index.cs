using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Reports;

/// <summary>An organisation's reports that made recommendations (/recommendations/{org}/reports), with open and total counts.</summary>
public static class ListSourceReports
{
    public sealed record Query(string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Row(int Id, string Source, string Title, DateOnly? PublishedOn, string? Reference, int Open, int Total);

    public sealed record View(string OrganisationSlug, string OrganisationName, IReadOnlyList<Row> Reports, bool CanManage);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var rows = await db.SourceReports.AsNoTracking().Where(r => r.OrganisationId == organisation.Id)
                .OrderByDescending(r => r.PublishedOn).ThenBy(r => r.Title)
                .Select(r => new Row(r.Id, r.Source!.Name, r.Title, r.PublishedOn, r.Reference,
                    r.Recommendations.Count(x => x.Status != RecommendationStatus.Closed), r.Recommendations.Count))
                .ToListAsync(cancellationToken);
            return new View(organisation.Code.ToLowerInvariant(), organisation.ShortName, rows, AccessMatrix.Allows(user, Permission.ManageRecommendations, organisation.Code));
        }
    }
}
