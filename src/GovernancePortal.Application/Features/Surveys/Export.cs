using System.Globalization;
using GovernancePortal.Application.Features.Improvement.Export;
using GovernancePortal.Application.Features.Surveys.Analysis;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// A survey's answers as CSV or XLSX, one row per answer of every return (the return's status is a column, so a reader
/// can keep only the submitted ones), with the question as worded when it was answered. The CSV neutralises cells that
/// a spreadsheet would run as formulas; the workbook writes every text as a string, never a formula.
/// </summary>
public static class ExportSurvey
{
    public sealed record Query(int SurveyId, ExportFormat Format) : IQuery<ExportFile>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    /// <summary>The columns, in order, with their widths in the workbook.</summary>
    public static IReadOnlyList<XlsxColumn> Columns { get; } =
    [
        new("Survey", 30), new("Organisation", 12), new("Year", 9), new("Return", 8), new("Signatory", 30), new("Post", 30),
        new("Business group", 24), new("Return status", 14), new("Signed by", 24), new("Signed on", 12), new("Section", 8),
        new("Section title", 30), new("Governance area", 10), new("Question", 9), new("Question text", 50), new("Wording version", 9),
        new("Kind", 18), new("Rating position", 9), new("Rating", 20), new("Yes, no or partly", 10), new("Text", 60), new("Links", 40),
        new("Answered by", 24), new("Answered at", 17),
    ];

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, ExportFile>
    {
        public async ValueTask<ExportFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var survey = await db.Surveys.AsNoTracking().AsSplitQuery()
                .Include(s => s.Organisation)
                .Include(s => s.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Wordings)
                .Include(s => s.Sections).ThenInclude(s => s.GovernanceArea)
                .SingleOrDefaultAsync(s => s.Id == query.SurveyId, cancellationToken)
                ?? throw new Common.NotFoundException("There is no such survey.");
            var saved = await db.ReturnSections.AsNoTracking().AsSplitQuery()
                .Include(rs => rs.Answers)
                .Include(rs => rs.Return!).ThenInclude(r => r.Signatory)
                .Where(rs => rs.Return!.SurveyId == survey.Id)
                .ToListAsync(cancellationToken);
            var sections = survey.Sections.ToDictionary(s => s.Id);
            var questions = survey.Sections.SelectMany(s => s.Questions).ToDictionary(q => q.Id);
            var rows = saved
                .SelectMany(rs => rs.Answers.Select(a => (Saved: rs, Answer: a, Section: sections[rs.SectionId], Question: questions[a.QuestionId])))
                .OrderBy(x => x.Saved.ReturnId).ThenBy(x => x.Section.Order).ThenBy(x => x.Question.Order)
                .Select(x => Row(survey, x.Saved.Return!, x.Section, x.Question, x.Answer))
                .ToList();

            var name = string.Create(CultureInfo.InvariantCulture, $"sic-survey-{survey.Organisation!.Code.ToLowerInvariant()}-{survey.Year.StartYear}-{(survey.Year.StartYear + 1) % 100:00}-answers");
            if (query.Format == ExportFormat.Xlsx)
            {
                return new ExportFile(XlsxWriter.Write("Answers", Columns, rows), XlsxWriter.ContentType, name + ".xlsx");
            }

            var csv = new CsvWriter().WriteRow(Columns.Select(c => c.Heading));
            foreach (var row in rows)
            {
                csv.WriteRow(row.Select(Text));
            }

            return new ExportFile(csv.ToBytes(), "text/csv; charset=utf-8", name + ".csv");
        }

        private static IReadOnlyList<object?> Row(Survey survey, SurveyReturn r, SurveySection section, SurveyQuestion question, SurveyAnswer answer) =>
        [
            survey.Title,
            survey.Organisation!.ShortName,
            survey.Year.ToString(),
            r.Id,
            string.IsNullOrWhiteSpace(r.Signatory!.FullName) ? r.Signatory.JobTitle : r.Signatory.FullName,
            r.Signatory.JobTitle,
            AnalysisData.Group(r.BusinessGroup),
            r.Status.DisplayName(),
            r.SignedByName,
            r.SignedOn,
            section.Order,
            section.Title,
            section.GovernanceArea?.Reference,
            question.Order,
            WordingOf(question, answer.WordingVersion),
            answer.WordingVersion,
            question.Kind.DisplayName(),
            answer.Rating,
            survey.RatingLabel(answer.Rating),
            answer.Choice?.DisplayName(),
            answer.Text,
            answer.Links,
            answer.AnsweredByName,
            LondonClock.ToLondon(answer.AnsweredAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ];

        /// <summary>The question's text as it read in the given wording version (the current text when it is current).</summary>
        private static string WordingOf(SurveyQuestion question, int version) =>
            version == question.WordingVersion ? question.Text
                : question.Wordings.FirstOrDefault(w => w.WordingVersion == version)?.Text ?? question.Text;

        private static string? Text(object? value) => value switch
        {
            null => null,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
