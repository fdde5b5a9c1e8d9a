using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// A survey as a document (/surveys/{id}): status, settings, sections with guidance and questions (with their wording
/// versions), respondents, and what the user may do with it in its state. Internal audit reads it; the governance team
/// also builds and issues it.
/// </summary>
public static class SurveyDetails
{
    public sealed record Query(int SurveyId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(
        SurveyHeading Heading,
        string? Introduction,
        IReadOnlyList<string> Scale,
        string NarrativeFrom,
        string FlagFrom,
        string Declaration,
        IReadOnlyList<int> ReminderDaysBefore,
        int OverdueReminderEveryDays,
        int EscalateAfterDaysOverdue,
        string? CopiedFrom,
        string? Issued,
        DateTime? IssuedAtUtc,
        string? ClosedByName,
        DateTime? ClosedAtUtc,
        IReadOnlyList<SectionView> Sections,
        int Respondents,
        ResponseRate Rate,
        DateOnly? FirstDeadline,
        DateOnly? LastDeadline,
        Actions Can);

    public sealed record SectionView(int Id, int Order, string Title, string? Guidance, string? Area, IReadOnlyList<QuestionView> Questions);

    public sealed record QuestionView(int Id, int Order, QuestionKind Kind, string Text, string? Hint, bool IsRequired, int WordingVersion, IReadOnlyList<WordingView> Earlier);

    public sealed record WordingView(int Version, string Text, string? Hint, string ReplacedByName, DateTime ReplacedAtUtc, string Reason);

    /// <summary>What the user may do now: build (draft), correct wording and add respondents (issued), issue, close.</summary>
    public sealed record Actions(bool Manage, bool EditStructure, bool CorrectWording, bool EditGuidance, bool ManageRespondents, bool Issue, bool Close);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await db.Surveys.AsNoTracking().AsSplitQuery()
                .Include(s => s.Organisation)
                .Include(s => s.CopiedFrom)
                .Include(s => s.Sections).ThenInclude(s => s.GovernanceArea)
                .Include(s => s.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Wordings)
                .SingleOrDefaultAsync(s => s.Id == query.SurveyId, cancellationToken)
                ?? throw new NotFoundException("There is no such survey.");
            var returns = await db.SurveyReturns.AsNoTracking().Where(r => r.SurveyId == survey.Id)
                .Select(r => new { r.Status, r.Deadline }).ToListAsync(cancellationToken);
            var manage = AccessMatrix.Allows(user, Permission.ManageSurveys, survey.Organisation!.Code);
            var open = survey.Status != SurveyStatus.Closed;
            return new View(
                new SurveyHeading(survey.Id, survey.Organisation.Code, survey.Organisation.ShortName, survey.Year, survey.Title, survey.Status, survey.Version),
                survey.Introduction,
                survey.Scale,
                survey.RatingLabel(survey.NarrativeRequiredFrom) ?? "None",
                survey.RatingLabel(survey.FlagFrom) ?? "None",
                survey.Declaration,
                survey.ReminderOffsets,
                survey.OverdueReminderEveryDays,
                survey.EscalateAfterDaysOverdue,
                survey.CopiedFrom is { } from ? $"{from.Title} ({from.Year})" : null,
                survey.IssuedByName,
                survey.IssuedAtUtc,
                survey.ClosedByName,
                survey.ClosedAtUtc,
                [.. survey.OrderedSections.Select(s => new SectionView(
                    s.Id,
                    s.Order,
                    s.Title,
                    s.Guidance,
                    s.GovernanceArea is { } area ? $"{area.Reference}. {area.Title}" : null,
                    [.. s.OrderedQuestions.Select(q => new QuestionView(
                        q.Id,
                        q.Order,
                        q.Kind,
                        q.Text,
                        q.Hint,
                        q.IsRequired,
                        q.WordingVersion,
                        [.. q.Wordings.OrderByDescending(w => w.WordingVersion).Select(w => new WordingView(w.WordingVersion, w.Text, w.Hint, w.ReplacedByName, w.ReplacedAtUtc, w.Reason))]))]))],
                returns.Count,
                new ResponseRate(returns.Count(r => ResponseRate.Counts(r.Status)), returns.Count),
                returns.Count == 0 ? null : returns.Min(r => r.Deadline),
                returns.Count == 0 ? null : returns.Max(r => r.Deadline),
                new Actions(
                    manage,
                    manage && survey.IsDraft,
                    manage && survey.IsIssued,
                    manage && open,
                    manage && open,
                    manage && survey.IsDraft,
                    manage && survey.IsIssued));
        }
    }
}
