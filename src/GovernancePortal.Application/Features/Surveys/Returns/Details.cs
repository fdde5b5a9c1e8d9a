using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Surveys.Complete;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Returns;

/// <summary>
/// One return as the governance team and internal audit read it: who, deadline and status, the answers by section,
/// who signed when, its history (invited, reminders, escalation, submitted, reopened with reasons) and the notes of
/// the follow-up interviews.
/// </summary>
public static class ReturnDetails
{
    public sealed record Query(int ReturnId) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record Model(
        ReturnHeading Heading,
        IReadOnlyList<CheckAnswers.SectionAnswers> Sections,
        IReadOnlyList<HistoryEntry> History,
        IReadOnlyList<Interview> Interviews,
        DateTime? LastReminderAtUtc,
        int RemindersSent,
        string? ReopenedReason,
        bool CanManage)
    {
        public int Completed => Sections.Count(s => s.Progress == SectionProgress.Completed);
    }

    public sealed record HistoryEntry(ReturnEventKind Kind, DateTime AtUtc, string ByName, string? Note);

    public sealed record Interview(DateOnly HeldOn, string Notes, string RecordedByName, DateTime RecordedAtUtc);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            var notes = await db.SurveyReturns.AsNoTracking().Where(r => r.Id == query.ReturnId)
                .SelectMany(r => r.InterviewNotes).ToListAsync(cancellationToken);
            var heading = ReturnHeading.Of(surveyReturn, time.Today());
            return new Model(
                heading,
                CheckAnswers.Answers(surveyReturn),
                [.. surveyReturn.Events.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Select(e => new HistoryEntry(e.Kind, e.AtUtc, e.ByName, e.Note))],
                [.. notes.OrderByDescending(n => n.HeldOn).ThenByDescending(n => n.Id).Select(n => new Interview(n.HeldOn, n.Notes, n.RecordedByName, n.RecordedAtUtc))],
                surveyReturn.LastReminderAtUtc,
                surveyReturn.RemindersSent,
                ReturnAccess.ReopenedReason(surveyReturn),
                AccessMatrix.Allows(user, Permission.ManageSurveys, heading.OrganisationCode));
        }
    }
}
