using GovernancePortal.Application.Features.Surveys.Analysis;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// The live picture of a survey: the response rate overall and by business group, counts by status (all counted in
/// the database), and the returns (by default those still outstanding) with their deadlines, how overdue they are,
/// reminders and escalation.
/// </summary>
public static class SurveyTracking
{
    /// <summary>The status filter's value for every return not yet counted as returned (the default).</summary>
    public const string Outstanding = "outstanding";

    /// <summary>The status filter's value for every return.</summary>
    public const string All = "all";

    /// <param name="SurveyId">The survey.</param>
    /// <param name="Group">A business group (its name; <see cref="AnalysisData.NoGroup"/> for none), or null for every group.</param>
    /// <param name="Status">A <see cref="ReturnStatus"/> name, <see cref="Outstanding"/> (default) or <see cref="All"/>.</param>
    public sealed record Query(int SurveyId, string? Group = null, string? Status = null) : IQuery<Result>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record Result(
        AnalysisHeading Survey,
        ResponseRate Overall,
        IReadOnlyList<GroupRate> Groups,
        IReadOnlyList<StatusCount> Statuses,
        int OverdueCount,
        string? Group,
        string Status,
        IReadOnlyList<ReturnRow> Returns,
        DateOnly Today);

    public sealed record GroupRate(string Group, ResponseRate Rate);

    public sealed record StatusCount(ReturnStatus Status, int Count);

    public sealed record ReturnRow(
        int ReturnId,
        string Signatory,
        string Group,
        ReturnStatus Status,
        DateOnly Deadline,
        bool IsOverdue,
        int DaysOverdue,
        DateTime? LastReminderAtUtc,
        int RemindersSent,
        DateTime? EscalatedAtUtc,
        DateTime? SubmittedAtUtc);

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = time.Today();
            var survey = await AnalysisData.SurveyAsync(db, query.SurveyId, cancellationToken);

            // Counted in the database: one row per business group and status.
            var counts = await db.SurveyReturns.AsNoTracking()
                .Where(r => r.SurveyId == survey.Id)
                .GroupBy(r => new { r.BusinessGroup, r.Status })
                .Select(g => new { g.Key.BusinessGroup, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var overall = new ResponseRate(counts.Where(c => ResponseRate.Counts(c.Status)).Sum(c => c.Count), counts.Sum(c => c.Count));
            var groups = counts.GroupBy(c => AnalysisData.Group(c.BusinessGroup))
                .Select(g => new GroupRate(g.Key, new ResponseRate(g.Where(c => ResponseRate.Counts(c.Status)).Sum(c => c.Count), g.Sum(c => c.Count))))
                .OrderBy(g => g.Group, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var statuses = Enum.GetValues<ReturnStatus>()
                .Select(s => new StatusCount(s, counts.Where(c => c.Status == s).Sum(c => c.Count)))
                .ToList();

            // The returns the filters ask for: a page of at most a few hundred, so the overdue rule runs on the entity.
            var status = Enum.TryParse<ReturnStatus>(query.Status, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen.ToString()
                : string.Equals(query.Status, All, StringComparison.OrdinalIgnoreCase) ? All : Outstanding;
            var returns = db.SurveyReturns.AsNoTracking().Include(r => r.Signatory).Where(r => r.SurveyId == survey.Id);
            var counted = AnalysisData.CountedStatuses.ToList();
            returns = status switch
            {
                All => returns,
                Outstanding => returns.Where(r => !counted.Contains(r.Status)),
                _ => returns.Where(r => r.Status == chosen),
            };
            var group = string.IsNullOrWhiteSpace(query.Group) ? null : query.Group.Trim();
            if (group == AnalysisData.NoGroup)
            {
                returns = returns.Where(r => r.BusinessGroup == null || r.BusinessGroup == string.Empty);
            }
            else if (group is not null)
            {
                returns = returns.Where(r => r.BusinessGroup == group);
            }

            var loaded = await returns.ToListAsync(cancellationToken);
            var overdue = await OverdueCountAsync(survey.Id, today, cancellationToken);
            var rows = loaded
                .Select(r => new ReturnRow(
                    r.Id,
                    r.Signatory!.DisplayName,
                    AnalysisData.Group(r.BusinessGroup),
                    r.Status,
                    r.Deadline,
                    r.IsOverdue(today),
                    r.DaysOverdue(today),
                    r.LastReminderAtUtc,
                    r.RemindersSent,
                    r.EscalatedAtUtc,
                    r.SubmittedAtUtc))
                .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Deadline).ThenBy(r => r.Group, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Signatory, StringComparer.OrdinalIgnoreCase)
                .ToList();
            return new Result(AnalysisData.Heading(survey), overall, groups, statuses, overdue, group, status, rows, today);
        }

        /// <summary>How many returns are overdue, counted in the database with the domain's rule (<see cref="ReturnRules.OverdueOn"/>).</summary>
        private Task<int> OverdueCountAsync(int surveyId, DateOnly today, CancellationToken cancellationToken) =>
            db.SurveyReturns.AsNoTracking()
                .Where(r => r.SurveyId == surveyId)
                .Where(ReturnRules.OverdueOn(today))
                .CountAsync(cancellationToken);
    }
}
