using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>The Statement of Internal Control returns the user signs or drafts as a delegate: what is due, and what is in.</summary>
public static class MySurveys
{
    public sealed record Query : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    /// <summary>Returns still to sign (open surveys), and those signed and submitted.</summary>
    public sealed record Model(DateOnly Today, IReadOnlyList<MyReturns.Row> ToComplete, IReadOnlyList<MyReturns.Row> Submitted);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = time.Today();
            var rows = await MyReturns.LoadAsync(db, user, today, cancellationToken);
            return new Model(
                today,
                [.. rows.Where(r => !r.IsSubmitted && r.SurveyOpen)],
                [.. rows.Where(r => r.IsSubmitted).OrderByDescending(r => r.SignedOn)]);
        }
    }
}
