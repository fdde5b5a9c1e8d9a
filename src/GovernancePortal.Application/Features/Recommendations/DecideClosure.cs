using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>
/// The second key (/recommendations/item/{id}/decide-closure): the governance team accepts the evidence (for itself or
/// a named approving board) and closes the recommendation, or rejects it with a reason. Never the proposer.
/// </summary>
public static class DecideRecommendationClosure
{
    public enum Decision
    {
        Accept,
        Reject,
    }

    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed record View(RecommendationHeading Heading, string? Evidence, string? ProposedBy, DateTime? ProposedAtUtc);

    public sealed class Form
    {
        public Decision? Decision { get; set; }

        public string? Comment { get; set; }

        public string? ApprovingBody { get; set; }

        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int Id, Guid Version, Decision? Decision, string? Comment, string? ApprovingBody, string? Reason) : ICommand<RecommendationStatus>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision).NotNull().WithMessage("Choose whether to accept or reject closure");
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().When(c => c.Decision == Decision.Reject).WithMessage("Give the reason for rejecting closure")
                .MaximumLength(Recommendation.ReasonMaxLength).WithMessage($"The reason must be {Recommendation.ReasonMaxLength:N0} characters or fewer");
            this.RuleForCleaned(c => c.Comment, CleanText.Multiline)
                .MaximumLength(Recommendation.ReasonMaxLength).WithMessage($"The comment must be {Recommendation.ReasonMaxLength:N0} characters or fewer");
            this.RuleForCleaned(c => c.ApprovingBody, CleanText.SingleLine)
                .MaximumLength(Recommendation.BodyMaxLength).WithMessage($"The board's name must be {Recommendation.BodyMaxLength} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command, RecommendationStatus>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var r = await RecommendationScope.LoadAsync(db, query.Id, cancellationToken);
            return new View(await RecommendationScope.HeadingAsync(db, r.Id, cancellationToken), r.ClosureEvidence, r.ProposedByName, r.ProposedAtUtc);
        }

        public async ValueTask<RecommendationStatus> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var r = await RecommendationScope.LoadAsync(db, command.Id, cancellationToken);
            RecommendationScope.ExpectVersion(db, r, command.Version);
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            if (command.Decision == Decision.Accept)
            {
                r.AcceptClosure(CleanText.Multiline(command.Comment), CleanText.OptionalLine(command.ApprovingBody), actor);
            }
            else
            {
                r.RejectClosure(CleanText.Multiline(command.Reason), actor);
            }

            await db.SaveChangesAsync(cancellationToken);
            return r.Status;
        }
    }
}
