using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>Links and unlinks the improvement actions (of the same organisation) that deliver a recommendation (/recommendations/item/{id}/links).</summary>
public static class LinkRecommendationActions
{
    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed record Choice(int Id, string Code, string Description, string Plan);

    public sealed record View(RecommendationHeading Heading, IReadOnlyList<Choice> Linked, IReadOnlyList<Choice> Available);

    public sealed class Form
    {
        public int? ActionId { get; set; }

        public Guid Version { get; set; }
    }

    /// <summary>Links (<paramref name="Add"/> true) or unlinks the action.</summary>
    public sealed record Command(int Id, Guid Version, int? ActionId, bool Add) : ICommand<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => RuleFor(c => c.ActionId).NotNull().WithMessage("Choose an improvement action");
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command, string>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var heading = await RecommendationScope.HeadingAsync(db, query.Id, cancellationToken);
            var organisationId = await db.Recommendations.AsNoTracking().Where(r => r.Id == query.Id).Select(r => r.OrganisationId).SingleAsync(cancellationToken);
            var linked = await db.RecommendationActionLinks.AsNoTracking().Where(l => l.RecommendationId == query.Id).Select(l => l.ActionId).ToListAsync(cancellationToken);
            var actions = await db.ImprovementActions.AsNoTracking().Where(a => a.Area!.Plan!.OrganisationId == organisationId)
                .Select(a => new Choice(a.Id, a.Code, a.Description, a.Area!.Plan!.Title)).ToListAsync(cancellationToken);
            var ordered = actions.OrderBy(a => a.Plan, StringComparer.Ordinal).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
            return new View(heading, [.. ordered.Where(a => linked.Contains(a.Id))], [.. ordered.Where(a => !linked.Contains(a.Id))]);
        }

        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var r = await RecommendationScope.LoadAsync(db, command.Id, cancellationToken);
            RecommendationScope.ExpectVersion(db, r, command.Version);
            var action = await db.ImprovementActions.Where(a => a.Id == command.ActionId)
                .Select(a => new { Action = a, a.Area!.Plan!.OrganisationId }).SingleOrDefaultAsync(cancellationToken)
                ?? throw Validation.Fail(nameof(Form.ActionId), "Choose an improvement action of this organisation");
            if (command.Add)
            {
                r.Link(action.Action, action.OrganisationId);
            }
            else
            {
                r.Unlink(action.Action.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            return action.Action.Code;
        }
    }
}
