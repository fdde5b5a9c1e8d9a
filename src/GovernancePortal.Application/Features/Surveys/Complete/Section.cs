using FluentValidation;
using FluentValidation.Results;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Complete;

/// <summary>
/// The signatory or a delegate answers one section: saved as they go, unfinished answers included; saying the section
/// is complete runs the survey's completeness rules (required answers, a narrative for a low rating). The form carries
/// the section's version, so two people (or two tabs) saving the same section see a conflict with both versions.
/// </summary>
public static class SaveSection
{
    public sealed record Query(int ReturnId, int SectionId) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    /// <summary>The section as the page shows it, with the form filled from the saved answers.</summary>
    public sealed record Model(
        ReturnHeading Heading,
        int SectionId,
        int SectionNumber,
        int SectionCount,
        string SectionTitle,
        string? Guidance,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<string> Scale,
        IReadOnlyList<string> NarrativeRequiredFor,
        SectionProgress Progress,
        string? LastSavedByName,
        DateTime? LastSavedAtUtc,
        Guid Version,
        Form Form);

    public sealed record Question(int QuestionId, int Number, QuestionKind Kind, string Text, string? Hint, bool IsRequired, string? Answer);

    /// <summary>What the page's form posts: one answer per question (in the section's order), the section's version and whether it is complete.</summary>
    public sealed record Form
    {
        public List<AnswerForm> Answers { get; set; } = [];

        /// <summary>"Have you completed this section?"</summary>
        public bool? Completed { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record AnswerForm
    {
        public int QuestionId { get; set; }

        public int? Rating { get; set; }

        public YesNoPartly? Choice { get; set; }

        public string? Text { get; set; }

        public string? Links { get; set; }
    }

    /// <summary>Saves the section; answers the section's new progress.</summary>
    public sealed record Command(int ReturnId, int SectionId, Guid Version, IReadOnlyList<AnswerForm> Answers, bool? Completed)
        : ICommand<SectionProgress>, IOrganisationScoped
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Completed).NotNull().WithMessage("Select whether you have completed this section");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, Model>, ICommandHandler<Command, SectionProgress>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            var survey = surveyReturn.Survey!;
            var ordered = survey.OrderedSections.ToList();
            var section = ordered.FirstOrDefault(s => s.Id == query.SectionId) ?? throw new NotFoundException("There is no such section in this survey.");
            var saved = surveyReturn.SectionFor(section.Id);
            var questions = section.OrderedQuestions.Select((q, i) => new Question(
                q.Id, i + 1, q.Kind, q.Text, q.Hint, q.IsRequired, ReturnAccess.AnswerText(survey, saved?.Answers.FirstOrDefault(a => a.QuestionId == q.Id)))).ToList();
            var form = new Form
            {
                Version = saved?.Version ?? Guid.Empty,
                Completed = saved is null || saved.Answers.Count == 0 && !saved.IsComplete ? null : saved.IsComplete,
                Answers = [.. section.OrderedQuestions.Select(q => saved?.Answers.FirstOrDefault(a => a.QuestionId == q.Id) is { } a
                    ? new AnswerForm { QuestionId = q.Id, Rating = a.Rating, Choice = a.Choice, Text = a.Text, Links = a.Links }
                    : new AnswerForm { QuestionId = q.Id })],
            };
            return new Model(
                ReturnHeading.Of(surveyReturn, time.Today()),
                section.Id,
                ordered.IndexOf(section) + 1,
                ordered.Count,
                section.Title,
                section.Guidance,
                questions,
                survey.Scale,
                [.. survey.Scale.Where((_, i) => survey.NeedsNarrative(i))],
                surveyReturn.ProgressOf(section),
                saved?.LastSavedByName,
                saved?.LastSavedAtUtc,
                form.Version,
                form);
        }

        public async ValueTask<SectionProgress> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var surveyReturn = await ReturnAccess.LoadForAnswersAsync(db, command.ReturnId, cancellationToken);
            var survey = surveyReturn.Survey!;
            var section = survey.Sections.FirstOrDefault(s => s.Id == command.SectionId) ?? throw new NotFoundException("There is no such section in this survey.");
            // A locked return says so, whatever version the form was based on.
            surveyReturn.RequireOpenForAnswers(survey);
            var saved = surveyReturn.SectionFor(section.Id);
            var current = saved?.Version ?? Guid.Empty;
            if (current != command.Version)
            {
                throw Conflict(survey, section, saved);
            }

            if (saved is not null)
            {
                db.ExpectVersion(saved, command.Version);
            }

            var questions = section.OrderedQuestions.ToList();
            var answers = questions.Select(q => command.Answers.FirstOrDefault(a => a.QuestionId == q.Id) is { } a
                ? new AnswerInput(q.Id, a.Rating, a.Choice, a.Text, a.Links)
                : new AnswerInput(q.Id, null, null, null, null)).ToList();
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            ReturnSection result;
            try
            {
                result = surveyReturn.SaveSection(survey, section, answers, command.Completed == true, actor);
            }
            catch (AnswerProblemsException problems)
            {
                // Each problem under its question's field, in the form's names (Answers[i].Rating, .Choice, .Text).
                throw new ValidationException(problems.Problems.Select(p =>
                    new ValidationFailure($"{nameof(Command.Answers)}[{questions.FindIndex(q => q.Id == p.QuestionId)}].{p.Field}", p.Message)));
            }

            // Any change to a section is a change to the return: signing what was checked before it is then a conflict.
            db.ExpectVersion(surveyReturn, surveyReturn.Version);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone saved this section (or another part of the return) at the same moment.
                db.ChangeTracker.Clear();
                var now = await ReturnAccess.LoadAsync(db, command.ReturnId, tracked: false, cancellationToken);
                var nowSection = now.Survey!.Sections.Single(s => s.Id == section.Id);
                throw Conflict(now.Survey, nowSection, now.SectionFor(section.Id));
            }

            return result.IsComplete ? SectionProgress.Completed : surveyReturn.ProgressOf(section);
        }

        private static ConcurrencyConflictException Conflict(Survey survey, SurveySection section, ReturnSection? saved) =>
            new(
                $"{saved?.LastSavedByName ?? "Someone else"} saved answers to this section after you opened it. Their answers are shown below as they are now saved; yours are still in the form. Check both, then save again to replace theirs with yours.",
                ReturnAccess.SectionValues(survey, section, saved));
    }
}
