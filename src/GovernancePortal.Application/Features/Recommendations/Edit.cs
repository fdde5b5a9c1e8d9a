using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>Changes a recommendation (/recommendations/item/{id}/edit); its report stays. A new due date needs the reason.</summary>
public static class EditRecommendation
{
    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed record View(RecommendationHeading Heading, RecommendationChoices Choices, RecommendationForm Input, DateOnly? DueDate);

    public sealed record Command(int Id, RecommendationForm Input) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => RecommendationFormRules.Add(this, c => c.Input, creating: false);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var r = await RecommendationScope.LoadAsync(db, query.Id, cancellationToken);
            return new View(
                await RecommendationScope.HeadingAsync(db, r.Id, cancellationToken),
                await RecommendationChoices.LoadAsync(db, r.Organisation!, r.ThemeId, cancellationToken),
                RecommendationForm.From(r),
                r.DueDate);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var r = await RecommendationScope.LoadAsync(db, command.Id, cancellationToken);
            RecommendationScope.ExpectVersion(db, r, command.Input.Version);
            var details = await RecommendationFormRules.DetailsAsync(db, r.Organisation!, command.Input, cancellationToken);
            if (details.DueDate != r.DueDate && r.DueDate is not null && string.IsNullOrWhiteSpace(command.Input.DueDateReason))
            {
                throw Validation.Fail(nameof(RecommendationForm.DueDateReason), "Give the reason the due date changed");
            }

            r.Edit(details, CleanText.Multiline(command.Input.DueDateReason), await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return r.Id;
        }
    }
}
