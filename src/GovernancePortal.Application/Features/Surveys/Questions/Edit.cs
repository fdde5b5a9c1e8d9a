using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Questions;

/// <summary>
/// A question of a survey (/surveys/{id}/sections/{sectionId}/questions/{questionId}): while the survey is a draft,
/// its kind, wording, hint and whether it must be answered change freely, and it moves or is removed; once issued
/// its wording can only be corrected, with a reason, as a new numbered version (<see cref="Survey.CorrectWording"/>).
/// </summary>
public static class EditQuestion
{
    public sealed record Query(int SurveyId, int SectionId, int QuestionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, int SectionId, string SectionTitle, int QuestionId, int Order, int QuestionCount, QuestionKind Kind, bool IsRequired, int WordingVersion, IReadOnlyList<SurveyDetails.WordingView> Earlier, Form Input);

    public sealed class Form
    {
        public QuestionKind? Kind { get; set; }

        public string? Text { get; set; }

        public string? Hint { get; set; }

        public bool IsRequired { get; set; }

        /// <summary>Why the wording of an issued survey's question is corrected.</summary>
        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int SurveyId, int SectionId, int QuestionId, Guid Version, QuestionKind? Kind, string? Text, string? Hint, bool IsRequired) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    /// <summary>Corrects the wording of an issued survey's question.</summary>
    public sealed record CorrectCommand(int SurveyId, int SectionId, int QuestionId, Guid Version, string? Text, string? Hint, string? Reason) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record MoveCommand(int SurveyId, int SectionId, int QuestionId, Guid Version, int Direction) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record RemoveCommand(int SurveyId, int SectionId, int QuestionId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => QuestionFields.Rules(this, c => c.Kind, c => c.Text, c => c.Hint);
    }

    public sealed class CorrectValidator : UseCaseValidator<CorrectCommand>
    {
        public CorrectValidator()
        {
            QuestionFields.Wording(this, c => c.Text, c => c.Hint);
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Say why the wording is being corrected")
                .MaximumLength(SurveyReturn.ReasonMaxLength).WithMessage($"The reason must be {SurveyReturn.ReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<CorrectCommand>, ICommandHandler<MoveCommand>, ICommandHandler<RemoveCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, query.SurveyId, cancellationToken);
            var section = SurveyEdits.Section(survey, query.SectionId);
            var question = SurveyEdits.Question(survey, query.SectionId, query.QuestionId);
            return new View(
                await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken),
                section.Id,
                section.Title,
                question.Id,
                section.OrderedQuestions.ToList().IndexOf(question) + 1,
                section.Questions.Count,
                question.Kind,
                question.IsRequired,
                question.WordingVersion,
                [.. question.Wordings.OrderByDescending(w => w.WordingVersion).Select(w => new SurveyDetails.WordingView(w.WordingVersion, w.Text, w.Hint, w.ReplacedByName, w.ReplacedAtUtc, w.Reason))],
                new Form { Kind = question.Kind, Text = question.Text, Hint = question.Hint, IsRequired = question.IsRequired, Version = survey.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken, s => Values(s, command.SectionId, command.QuestionId));
            survey.EditQuestion(SurveyEdits.Question(survey, command.SectionId, command.QuestionId), command.Kind!.Value, CleanText.Multiline(command.Text), QuestionFields.Optional(command.Hint), command.IsRequired);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(CorrectCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken, s => Values(s, command.SectionId, command.QuestionId));
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            survey.CorrectWording(SurveyEdits.Question(survey, command.SectionId, command.QuestionId), CleanText.Multiline(command.Text), QuestionFields.Optional(command.Hint), CleanText.Multiline(command.Reason), actor);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(MoveCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            survey.MoveQuestion(SurveyEdits.Question(survey, command.SectionId, command.QuestionId), command.Direction);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(RemoveCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            survey.RemoveQuestion(SurveyEdits.Question(survey, command.SectionId, command.QuestionId));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static IReadOnlyDictionary<string, string?> Values(Survey survey, int sectionId, int questionId)
        {
            var question = survey.Sections.FirstOrDefault(s => s.Id == sectionId)?.Questions.FirstOrDefault(q => q.Id == questionId);
            return new Dictionary<string, string?>
            {
                ["Kind"] = question?.Kind.DisplayName(),
                ["Question"] = question?.Text,
                ["Hint"] = question?.Hint,
                ["Must be answered"] = question is null ? null : question.IsRequired ? "Yes" : "No",
            };
        }
    }
}
