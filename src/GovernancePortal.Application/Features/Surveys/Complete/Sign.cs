using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Complete;

/// <summary>
/// The declaration and sign-off: the named signatory gives their name, role and the date, confirms the declaration,
/// and the return is submitted and locked. The form carries the return's version seen on "Check your answers", so a
/// change made since (by a delegate, or in another tab) is a conflict, not signed unseen.
/// </summary>
public static class SignReturn
{
    public sealed record Query(int ReturnId, Guid? CheckedVersion) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record Model(ReturnHeading Heading, string Declaration, bool IsComplete, bool CanSign, Form Form);

    /// <summary>What the page's form posts.</summary>
    public sealed record Form
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public DateParts SignedOn { get; set; } = new();

        public bool Confirmed { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ReturnId, Guid Version, string? Name, string? Role, DateOnly? SignedOn, bool Confirmed)
        : ICommand, IOrganisationScoped, ReturnAccess.ISignatoryOnly
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Name, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter your name")
                .MaximumLength(TextLimits.Name).WithMessage($"Your name must be {TextLimits.Name:N0} characters or fewer");
            this.RuleForCleaned(c => c.Role, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter your role")
                .MaximumLength(TextLimits.Name).WithMessage($"Your role must be {TextLimits.Name:N0} characters or fewer");
            RuleFor(c => c.SignedOn).NotNull().WithMessage("Enter the date you signed as a real date, for example 27 3 2020");
            RuleFor(c => c.Confirmed).Equal(true).WithMessage("Confirm the declaration to sign the return");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, Model>, ICommandHandler<Command>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            var mine = await ReturnAccess.MyPeopleAsync(db, user, cancellationToken);
            var signatory = surveyReturn.Signatory!;
            var form = new Form
            {
                Name = signatory.FullName ?? await UserDisplayName.OfAsync(db, user, cancellationToken),
                Role = signatory.JobTitle,
                SignedOn = DateParts.From(time.Today()),
                Version = query.CheckedVersion ?? surveyReturn.Version,
            };
            return new Model(ReturnHeading.Of(surveyReturn, time.Today()), surveyReturn.Survey!.Declaration, surveyReturn.IsComplete(surveyReturn.Survey), surveyReturn.CanSign(mine), form);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var surveyReturn = await ReturnAccess.LoadAsync(db, command.ReturnId, tracked: true, cancellationToken);
            var survey = surveyReturn.Survey!;
            surveyReturn.RequireOpenForAnswers(survey);
            db.ExpectVersion(surveyReturn, command.Version, ChangedMessage, () => LastChanges(surveyReturn));
            if (command.SignedOn > time.Today())
            {
                throw Validation.Fail(nameof(Command.SignedOn), "The date signed must be today or in the past");
            }

            var mine = await ReturnAccess.MyPeopleAsync(db, user, cancellationToken);
            surveyReturn.Submit(survey, mine, CleanText.SingleLine(command.Name), CleanText.SingleLine(command.Role), command.SignedOn!.Value, command.Confirmed, await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private const string ChangedMessage = "The return was changed after you checked your answers. Check the answers again before you sign: the changes are listed below.";

        private static Dictionary<string, string?> LastChanges(Domain.Surveys.SurveyReturn surveyReturn)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var section in surveyReturn.Survey!.OrderedSections)
            {
                if (surveyReturn.SectionFor(section.Id) is { LastSavedByName: { } by, LastSavedAtUtc: { } at } saved)
                {
                    values[section.Title] = $"{(saved.IsComplete ? "Completed" : "In progress")}, last saved by {by}, {Audit.AuditDisplay.When(at)}";
                }
            }

            values["Status"] = Domain.Surveys.ReturnRules.DisplayName(surveyReturn.Status);
            return values;
        }
    }
}
