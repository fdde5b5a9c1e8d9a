using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Returns;

/// <summary>
/// The governance team reopens a signed return with a reason: recorded in its history, shown to the respondent on the
/// task list, and e-mailed to them (queued in the same save). The signatory must sign again.
/// </summary>
public static class ReopenReturn
{
    public sealed record Query(int ReturnId) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record Model(ReturnHeading Heading, Form Form);

    /// <summary>What the page's form posts.</summary>
    public sealed record Form
    {
        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ReturnId, Guid Version, string? Reason) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the reason for reopening the return")
                .MaximumLength(SurveyReturn.ReasonMaxLength).WithMessage($"The reason must be {SurveyReturn.ReasonMaxLength:N0} characters or fewer");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, Model>, ICommandHandler<Command>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            return new Model(ReturnHeading.Of(surveyReturn, time.Today()), new Form { Version = surveyReturn.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var surveyReturn = await ReturnAccess.LoadAsync(db, command.ReturnId, tracked: true, cancellationToken);
            db.ExpectVersion(surveyReturn, command.Version, currentValues: () => new Dictionary<string, string?>
            {
                ["Status"] = surveyReturn.Status.DisplayName(),
                ["Signed by"] = surveyReturn.SignedByName is null ? null : $"{surveyReturn.SignedByName}, {surveyReturn.SignedByRole}, on {LongDate.Of(surveyReturn.SignedOn)}",
            });
            var reason = CleanText.Multiline(command.Reason);
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            surveyReturn.Reopen(surveyReturn.Survey!, reason, actor);
            await SurveyNotifications.QueueReopenedAsync(db, surveyReturn.Survey!, surveyReturn, reason, actor.AtUtc, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
