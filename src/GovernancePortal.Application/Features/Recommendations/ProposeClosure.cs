using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>
/// The first key of closure (/recommendations/item/{id}/propose-closure): the owner (a senior lead whose post owns it)
/// or the governance team gives the evidence that the underlying issue has been addressed.
/// </summary>
public static class ProposeRecommendationClosure
{
    public sealed record Query(int Id) : IQuery<RecommendationHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeRecommendationClosure;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Form
    {
        public string? Evidence { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int Id, Guid Version, string? Evidence) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeRecommendationClosure;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            this.RuleForCleaned(c => c.Evidence, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the evidence that the underlying issue has been addressed")
                .MaximumLength(Recommendation.ReasonMaxLength).WithMessage($"The evidence must be {Recommendation.ReasonMaxLength:N0} characters or fewer");
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
            r.ProposeClosure(CleanText.Multiline(command.Evidence), await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return r.Id;
        }
    }
}
