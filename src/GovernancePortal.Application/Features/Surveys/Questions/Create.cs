using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Questions;

/// <summary>Adds a question to a section of a draft survey (/surveys/{id}/sections/{sectionId}/questions/create).</summary>
public static class CreateQuestion
{
    public sealed record Query(int SurveyId, int SectionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, int SectionId, string SectionTitle);

    public sealed class Form
    {
        public QuestionKind? Kind { get; set; }

        public string? Text { get; set; }

        public string? Hint { get; set; }

        public bool IsRequired { get; set; } = true;

        public Guid Version { get; set; }
    }

    public sealed record Command(int SurveyId, int SectionId, Guid Version, QuestionKind? Kind, string? Text, string? Hint, bool IsRequired) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => QuestionFields.Rules(this, c => c.Kind, c => c.Text, c => c.Hint);
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, query.SurveyId, cancellationToken);
            var section = SurveyEdits.Section(survey, query.SectionId);
            return new View(await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken), section.Id, section.Title);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            var question = survey.AddQuestion(SurveyEdits.Section(survey, command.SectionId), command.Kind!.Value, CleanText.Multiline(command.Text), QuestionFields.Optional(command.Hint), command.IsRequired);
            await db.SaveChangesAsync(cancellationToken);
            return question.Id;
        }
    }
}
