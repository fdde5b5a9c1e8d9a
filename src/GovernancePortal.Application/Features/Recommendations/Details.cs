using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>One recommendation (/recommendations/item/{id}): everything about it, its history, linked actions and closure.</summary>
public static class ShowRecommendation
{
    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed record LinkedAction(int Id, string Code, string Description, ActionStatus Status);

    public sealed record View(
        Recommendation Recommendation,
        string OrganisationSlug,
        string OrganisationName,
        string RagRule,
        RagStatus? Rag,
        bool Overdue,
        IReadOnlyList<RecommendationEvent> History,
        IReadOnlyList<LinkedAction> Links,
        bool CanManage,
        bool CanPropose);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var r = await RecommendationScope.LoadAsync(db, query.Id, cancellationToken);
            db.ChangeTracker.Clear();
            var today = time.Today();
            var organisation = r.Organisation!;
            var links = await db.RecommendationActionLinks.AsNoTracking().Where(l => l.RecommendationId == r.Id)
                .Select(l => new LinkedAction(l.ActionId, l.Action!.Code, l.Action.Description, l.Action.Status)).ToListAsync(cancellationToken);
            return new View(
                r,
                organisation.Code.ToLowerInvariant(),
                organisation.ShortName,
                organisation.RagRule.Description,
                r.RagOn(organisation.RagRule, today),
                r.IsOverdue(today),
                [.. r.History.OrderBy(e => e.AtUtc).ThenBy(e => e.Id)],
                [.. links.OrderBy(l => l.Code, StringComparer.Ordinal)],
                AccessMatrix.Allows(user, Permission.ManageRecommendations, organisation.Code),
                await RecommendationScope.CanProposeAsync(db, user, r.Id, cancellationToken));
        }
    }
}
