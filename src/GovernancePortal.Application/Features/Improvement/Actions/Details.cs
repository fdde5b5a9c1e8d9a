using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>An action with everything about it (the shared <see cref="GetActionQuery"/>): the page every action link leads to.</summary>
public static class ShowAction
{
    public sealed record Query(int ActionId) : IQuery<ActionDetails>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    /// <summary>The survey flags the action was raised from (a Statement of Internal Control survey's area and its returns).</summary>
    public sealed record SurveyOriginsQuery(int ActionId) : IQuery<IReadOnlyList<SurveyOrigin>>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    /// <summary>A survey area the action was raised from; <c>CanRead</c> when the user may open the survey's analysis (to link it).</summary>
    public sealed record SurveyOrigin(int SurveyId, ReportingYear Year, int SectionId, string SectionTitle, IReadOnlyList<(int ReturnId, string Signatory)> Returns, bool CanRead);

    public sealed class Handler(IMediator mediator, GovernancePortalDbContext db, ICurrentUser user)
        : IQueryHandler<Query, ActionDetails>, IQueryHandler<SurveyOriginsQuery, IReadOnlyList<SurveyOrigin>>
    {
        public ValueTask<ActionDetails> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new GetActionQuery(query.ActionId), cancellationToken);
        }

        public async ValueTask<IReadOnlyList<SurveyOrigin>> Handle(SurveyOriginsQuery query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var flags = await db.SurveyFlags.AsNoTracking().AsSplitQuery()
                .Include(f => f.Survey!).ThenInclude(s => s.Organisation)
                .Include(f => f.Section)
                .Include(f => f.Sources).ThenInclude(s => s.Return!).ThenInclude(r => r.Signatory)
                .Where(f => f.ImprovementActionId == query.ActionId)
                .OrderBy(f => f.RaisedAtUtc)
                .ToListAsync(cancellationToken);
            return [.. flags.Select(f => new SurveyOrigin(
                f.SurveyId,
                f.Survey!.Year,
                f.SectionId,
                f.Section!.Title,
                [.. f.Sources.OrderBy(s => s.ReturnId).Select(s => (s.ReturnId, s.Return!.Signatory!.DisplayName))],
                AccessMatrix.Allows(user, Permission.ViewSurveyAnalysis, f.Survey.Organisation!.Code)))];
        }
    }
}
