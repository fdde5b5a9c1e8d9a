using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Surveys;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features;

/// <summary>
/// The home dashboard after sign-in: each organisation's governance areas and open actions by RAG and overdue; for the
/// governance team and internal audit, each organisation's open survey with its response rate; for a senior lead, the
/// Statement of Internal Control returns they have to complete.
/// </summary>
public static class Dashboard
{
    /// <summary>The home dashboard: per organisation, its governance areas, open improvement actions by RAG, and overdue actions.</summary>
    public sealed record Query : IQuery<Model>;

    public sealed record Model(DateOnly Today, IReadOnlyList<OrganisationSummary> Organisations, IReadOnlyList<MyReturns.Row> ReturnsToComplete);

    /// <summary>An issued survey and how many of its returns are in.</summary>
    public sealed record OpenSurvey(int SurveyId, string Title, ResponseRate Rate);

    public sealed record OrganisationSummary(
        string Code,
        string Name,
        string ShortName,
        bool IsUsersOrganisation,
        int GovernanceAreas,
        int OpenActions,
        int Red,
        int Amber,
        int Green,
        int NotRated,
        int Overdue,
        string RagRule,
        IReadOnlyList<OpenSurvey> OpenSurveys);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, ReadModelCache cache)
        : IQueryHandler<Query, Model>
    {
        /// <summary>The user's dashboard as at today, from the read-model cache when nothing has changed since.</summary>
        public ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = time.Today();
            return cache.GetOrBuildAsync($"dashboard|{today:yyyy-MM-dd}|{user.UserId}", ct => BuildAsync(today, ct), cancellationToken);
        }

        private async ValueTask<Model> BuildAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var organisations = await db.Organisations.AsNoTracking()
                .OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Code, o.Name, o.ShortName, o.RagRule })
                .ToListAsync(cancellationToken);

            var areas = await db.GovernanceAreas.AsNoTracking()
                .Where(a => !a.IsArchived)
                .GroupBy(a => a.OrganisationId)
                .Select(g => new { OrganisationId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.OrganisationId, g => g.Count, cancellationToken);

            var open = await db.ImprovementActions.AsNoTracking()
                .Where(ActionRules.IsOpen)
                .GroupBy(a => new { a.Area!.Plan!.OrganisationId, a.Rag })
                .Select(g => new { g.Key.OrganisationId, g.Key.Rag, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var overdue = await db.ImprovementActions.AsNoTracking()
                .Where(ActionRules.IsOverdue(today))
                .GroupBy(a => a.Area!.Plan!.OrganisationId)
                .Select(g => new { OrganisationId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.OrganisationId, g => g.Count, cancellationToken);

            // Open surveys only where the user may read the survey analysis.
            var analysed = organisations.Where(o => AccessMatrix.Allows(user, Permission.ViewSurveyAnalysis, o.Code)).Select(o => o.Id).ToList();
            var counted = ResponseRate.CountedStatuses.ToList();
            var surveys = analysed.Count == 0
                ? []
                : await db.Surveys.AsNoTracking()
                    .Where(s => s.Status == SurveyStatus.Issued && analysed.Contains(s.OrganisationId))
                    .OrderByDescending(s => s.Year).ThenBy(s => s.Id)
                    .Select(s => new
                    {
                        s.Id,
                        s.OrganisationId,
                        s.Title,
                        Total = s.Returns.Count,
                        Returned = s.Returns.Count(r => counted.Contains(r.Status)),
                    })
                    .ToListAsync(cancellationToken);
            var returns = AccessMatrix.AllowsAny(user, Permission.CompleteSurvey)
                ? (await MyReturns.LoadAsync(db, user, today, cancellationToken)).Where(r => r.SurveyOpen && !r.IsSubmitted).ToList()
                : [];

            var summaries = organisations
                .Select(o =>
                {
                    var rows = open.Where(r => r.OrganisationId == o.Id).ToList();
                    int CountOf(RagStatus? rag) => rows.Where(r => r.Rag == rag).Sum(r => r.Count);
                    return new OrganisationSummary(
                        o.Code,
                        o.Name,
                        o.ShortName,
                        user.OrganisationCodes.Contains(o.Code),
                        areas.GetValueOrDefault(o.Id),
                        rows.Sum(r => r.Count),
                        CountOf(RagStatus.Red),
                        CountOf(RagStatus.Amber),
                        CountOf(RagStatus.Green),
                        CountOf(null),
                        overdue.GetValueOrDefault(o.Id),
                        o.RagRule.Description,
                        [.. surveys.Where(s => s.OrganisationId == o.Id).Select(s => new OpenSurvey(s.Id, s.Title, new ResponseRate(s.Returned, s.Total)))]);
                })
                // The user's own organisations first.
                .OrderByDescending(s => s.IsUsersOrganisation)
                .ToList();

            return new Model(today, summaries, returns);
        }
    }
}
