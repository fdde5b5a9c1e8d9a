using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// One respondent of a survey (/surveys/{id}/respondents/{returnId}): change the delegates and the deadline
/// (<see cref="SurveyReturn.ChangeAssignment"/>), or remove a respondent who has not started (<see cref="Survey.Unassign"/>).
/// </summary>
public static class EditRespondent
{
    public sealed record Query(int SurveyId, int ReturnId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record View(SurveyHeading Survey, int ReturnId, string Signatory, string Post, string? BusinessGroup, ReturnStatus Status, bool CanRemove, Form Input);

    public sealed class Form
    {
        public DateParts Deadline { get; set; } = new();

        public string? Delegates { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int SurveyId, int ReturnId, Guid Version, DateOnly? Deadline, string? Delegates) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record RemoveCommand(int SurveyId, int ReturnId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Deadline).NotNull().WithMessage("Enter the deadline as a real date, for example 31 3 2027");
            RuleFor(c => c.Delegates).MaximumLength(2_000).WithMessage("Delegates must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<RemoveCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, query.SurveyId, cancellationToken);
            var surveyReturn = Return(survey, query.ReturnId);
            return new View(
                await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken),
                surveyReturn.Id,
                surveyReturn.Signatory!.FullName ?? "Not recorded",
                surveyReturn.Signatory.JobTitle,
                surveyReturn.BusinessGroup,
                surveyReturn.Status,
                surveyReturn.Status == ReturnStatus.NotStarted && surveyReturn.Sections.Count == 0,
                new Form
                {
                    Deadline = DateParts.From(surveyReturn.Deadline),
                    Delegates = RespondentPeople.Describe(surveyReturn.Delegates.Select(d => d.Person!)),
                    Version = surveyReturn.Version,
                });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (survey, surveyReturn) = await ForChangeAsync(command.SurveyId, command.ReturnId, command.Version, cancellationToken);
            var people = await RespondentPeople.LoadAsync(db, survey.OrganisationId, cancellationToken);
            var (delegates, problems) = people.FindDelegates(command.Delegates);
            if (problems.Count > 0)
            {
                throw Validation.Fail(nameof(Command.Delegates), $"Check the delegates: {problems[0]["delegate: ".Length..]}");
            }

            var today = time.Today();
            if (command.Deadline != surveyReturn.Deadline && command.Deadline < today)
            {
                throw Validation.Fail(nameof(Command.Deadline), "The deadline must be today or later");
            }

            surveyReturn.ChangeAssignment(command.Deadline!.Value, delegates, today);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(RemoveCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (survey, surveyReturn) = await ForChangeAsync(command.SurveyId, command.ReturnId, command.Version, cancellationToken);
            await db.Entry(surveyReturn).Collection(r => r.Events).LoadAsync(cancellationToken);
            survey.Unassign(surveyReturn);
            db.SurveyReturns.Remove(surveyReturn);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private async Task<(Survey Survey, SurveyReturn Return)> ForChangeAsync(int surveyId, int returnId, Guid version, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, surveyId, cancellationToken);
            var surveyReturn = Return(survey, returnId);
            db.ExpectVersion(surveyReturn, version, "Someone else changed this respondent's return after you opened the page. Check it as it is now, then try again.", () => new Dictionary<string, string?>
            {
                ["Deadline"] = LongDate.Of(surveyReturn.Deadline),
                ["Delegates"] = RespondentPeople.Describe(surveyReturn.Delegates.Select(d => d.Person!)),
                ["Status"] = surveyReturn.Status.DisplayName(),
            });
            return (survey, surveyReturn);
        }

        private static SurveyReturn Return(Survey survey, int returnId) =>
            survey.Returns.SingleOrDefault(r => r.Id == returnId) ?? throw new NotFoundException("There is no such respondent in this survey.");
    }
}
