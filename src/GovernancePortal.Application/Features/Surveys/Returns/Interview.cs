using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Returns;

/// <summary>The governance team records the follow-up interview with the Board lead about their return: when it was held and the notes.</summary>
public static class RecordInterview
{
    public sealed record Query(int ReturnId) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record Model(ReturnHeading Heading);

    /// <summary>What the page's form posts.</summary>
    public sealed record Form
    {
        public DateParts HeldOn { get; set; } = new();

        public string? Notes { get; set; }
    }

    public sealed record Command(int ReturnId, DateOnly? HeldOn, string? Notes) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HeldOn).NotNull().WithMessage("Enter the date the interview was held as a real date, for example 27 3 2020");
            this.RuleForCleaned(c => c.Notes, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the notes of the interview")
                .MaximumLength(TextLimits.MediumText).WithMessage($"The notes must be {TextLimits.MediumText:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, Model>, ICommandHandler<Command>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            return new Model(ReturnHeading.Of(surveyReturn, time.Today()));
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (command.HeldOn > time.Today())
            {
                throw Validation.Fail(nameof(Command.HeldOn), "The interview date must be today or in the past");
            }

            var surveyReturn = await ReturnAccess.LoadAsync(db, command.ReturnId, tracked: true, cancellationToken);
            surveyReturn.AddInterviewNote(command.HeldOn!.Value, CleanText.Multiline(command.Notes), await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
