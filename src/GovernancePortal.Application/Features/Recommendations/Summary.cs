using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>The summary of an organisation's recommendations (/recommendations/{org}/summary), counted by <see cref="RecommendationSummary"/>.</summary>
public static class SummariseRecommendations
{
    public sealed record Query(string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record View(string OrganisationSlug, string OrganisationName, DateOnly Today, RecommendationSummary Summary);

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return new View(organisation.Code.ToLowerInvariant(), organisation.ShortName, time.Today(),
                await RecommendationSummary.LoadAsync(db, organisation.Id, null, cancellationToken));
        }
    }
}
