using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>Reopens a closed recommendation (/recommendations/item/{id}/reopen), with the reason; it goes back to in progress.</summary>
public static class ReopenRecommendation
{
    public sealed record Query(int Id) : IQuery<RecommendationHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Form
    {
        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int Id, Guid Version, string? Reason) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Give the reason for reopening")
                .MaximumLength(Recommendation.ReasonMaxLength).WithMessage($"The reason must be {Recommendation.ReasonMaxLength:N0} characters or fewer");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, RecommendationHeading>, ICommandHandler<Command, int>
    {
        public async ValueTask<RecommendationHeading> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return await RecommendationScope.HeadingAsync(db, query.Id, cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var r = await RecommendationScope.LoadAsync(db, command.Id, cancellationToken);
            RecommendationScope.ExpectVersion(db, r, command.Version);
            r.Reopen(CleanText.Multiline(command.Reason), await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return r.Id;
        }
    }
}
