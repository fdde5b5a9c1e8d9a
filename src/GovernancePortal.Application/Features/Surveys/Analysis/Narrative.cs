using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Analysis;

/// <summary>
/// Everything the submitted returns said about one area, on one page: per return the signatory, business group,
/// rating, narrative, evidence (text and links) and yes/no/partly answers with their comments, optionally only the
/// returns with a given rating.
/// </summary>
public static class AreaNarrative
{
    /// <param name="SurveyId">The survey.</param>
    /// <param name="SectionId">The area (section) of the survey.</param>
    /// <param name="Rating">Only returns with this rating (a position on the scale), or null for all.</param>
    public sealed record Query(int SurveyId, int SectionId, int? Rating = null) : IQuery<Result>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record Result(AnalysisHeading Survey, int SectionId, string Title, string? AreaReference, int? Rating, IReadOnlyList<LevelChoice> Levels, IReadOnlyList<ReturnNarrative> Returns);

    /// <summary>A rating the filter offers, with how many returns gave it.</summary>
    public sealed record LevelChoice(int Position, string Word, int Count);

    public sealed record ReturnNarrative(int ReturnId, string Signatory, string Group, int? Rating, string RatingWord, string? SignedByName, DateOnly? SignedOn, IReadOnlyList<AnswerView> Answers);

    /// <summary>One answer: the question, and what was given (rating word, choice, text, links — one per line, as entered).</summary>
    public sealed record AnswerView(int Order, QuestionKind Kind, string Question, string? Rating, YesNoPartly? Choice, string? Text, IReadOnlyList<string> Links);

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var survey = await AnalysisData.SurveyAsync(db, query.SurveyId, cancellationToken);
            var section = await db.SurveySections.AsNoTracking().Include(s => s.Questions).Include(s => s.GovernanceArea)
                .SingleOrDefaultAsync(s => s.Id == query.SectionId && s.SurveyId == survey.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such section in this survey.");
            var counted = AnalysisData.CountedStatuses.ToList();
            var saved = await db.ReturnSections.AsNoTracking().AsSplitQuery().Include(rs => rs.Answers).Include(rs => rs.Return!).ThenInclude(r => r.Signatory)
                .Where(rs => rs.SectionId == section.Id && counted.Contains(rs.Return!.Status))
                .ToListAsync(cancellationToken);
            var questions = section.OrderedQuestions.ToList();
            var ratingIds = questions.Where(q => q.Kind == QuestionKind.Rating).Select(q => q.Id).ToHashSet();
            var all = saved.Select(rs =>
            {
                var rating = RatingSummary.WorstOf(rs.Answers.Where(a => ratingIds.Contains(a.QuestionId)).Select(a => a.Rating));
                var answers = questions
                    .Select(q => (Question: q, Answer: rs.Answers.FirstOrDefault(a => a.QuestionId == q.Id)))
                    .Where(x => x.Answer is not null)
                    .Select(x => new AnswerView(
                        x.Question.Order,
                        x.Question.Kind,
                        x.Question.Text,
                        survey.RatingLabel(x.Answer!.Rating),
                        x.Answer.Choice,
                        x.Answer.Text,
                        [.. (x.Answer.Links ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]))
                    .ToList();
                var r = rs.Return!;
                return new ReturnNarrative(r.Id, r.Signatory!.DisplayName, AnalysisData.Group(r.BusinessGroup), rating, survey.RatingLabel(rating) ?? "Not rated", r.SignedByName, r.SignedOn, answers);
            }).ToList();
            var levels = survey.Scale.Select((word, position) => new LevelChoice(position, word, all.Count(r => r.Rating == position))).ToList();
            var shown = all.Where(r => query.Rating is null || r.Rating == query.Rating)
                .OrderByDescending(r => r.Rating ?? -1).ThenBy(r => r.Group, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Signatory, StringComparer.OrdinalIgnoreCase)
                .ToList();
            return new Result(AnalysisData.Heading(survey), section.Id, section.Title, section.GovernanceArea?.Reference, query.Rating, levels, shown);
        }
    }
}
