using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Opinions;

/// <summary>
/// Adds, changes or removes a recommendation of an audit opinion
/// (/papers/opinions/{org}/{opinionId}/recommendation/{id?}): number, text, priority and management response.
/// Numbers are unique within the opinion (<see cref="AuditOpinion.Put"/>). The opinion's version guards the change.
/// </summary>
public static class EditAuditRecommendation
{
    public sealed record Query(string Organisation, int OpinionId, int? RecommendationId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record View(string OrganisationName, string Year, string YearSlug, Guid Version, string? Number, Form Form);

    public sealed class Form
    {
        public string? Number { get; set; }

        public string? Text { get; set; }

        public RecommendationPriority? Priority { get; set; }

        public string? ManagementResponse { get; set; }

        /// <summary>The opinion's version.</summary>
        public Guid Version { get; set; }
    }

    /// <summary>Adds a recommendation (no <see cref="RecommendationId"/>) or changes one.</summary>
    public sealed record Command(string Organisation, int OpinionId, int? RecommendationId, string? Number, string? Text, RecommendationPriority? Priority, string? ManagementResponse, Guid Version)
        : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record RemoveCommand(string Organisation, int OpinionId, int RecommendationId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Number, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the recommendation's number, for example 1 or R3")
                .MaximumLength(AuditRecommendation.NumberMaxLength).WithMessage($"The number must be {AuditRecommendation.NumberMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.Text, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the recommendation")
                .MaximumLength(TextLimits.MediumText).WithMessage($"The recommendation must be {TextLimits.MediumText:N0} characters or fewer");
            OpinionRules.IsOneOf(RuleFor(c => c.Priority), "Choose the recommendation's priority");
            this.RuleForCleaned(c => c.ManagementResponse, CleanText.Multiline)
                .MaximumLength(TextLimits.MediumText).WithMessage($"The management response must be {TextLimits.MediumText:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<RemoveCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var opinion = await db.AuditOpinions.AsNoTracking().Include(o => o.Recommendations)
                .SingleOrDefaultAsync(o => o.Id == query.OpinionId && o.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such audit opinion for this organisation.");
            var form = new Form { Version = opinion.Version };
            string? number = null;
            if (query.RecommendationId is { } id)
            {
                var recommendation = opinion.Recommendations.SingleOrDefault(r => r.Id == id)
                    ?? throw new NotFoundException("There is no such recommendation in this audit opinion.");
                (form.Number, form.Text, form.Priority, form.ManagementResponse) = (recommendation.Number, recommendation.Text, recommendation.Priority, recommendation.ManagementResponse);
                number = recommendation.Number;
            }

            return new View(organisation.Name, opinion.Year.ToString(), OpinionRules.Slug(opinion.Year), opinion.Version, number, form);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var opinion = await OpinionRules.LoadAsync(db, organisation.Id, command.OpinionId, command.Version, cancellationToken);
            var existing = command.RecommendationId is { } id
                ? opinion.Recommendations.SingleOrDefault(r => r.Id == id) ?? throw new NotFoundException("There is no such recommendation in this audit opinion.")
                : null;
            var number = CleanText.SingleLine(command.Number);
            if (opinion.Recommendations.Any(r => r != existing && string.Equals(r.Number, number, StringComparison.OrdinalIgnoreCase)))
            {
                throw Validation.Fail(nameof(Command.Number), $"Recommendation {number} is already recorded for this opinion: choose another number");
            }

            opinion.Put(existing, number, CleanText.Multiline(command.Text), command.Priority!.Value, CleanText.Multiline(command.ManagementResponse));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(RemoveCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var opinion = await OpinionRules.LoadAsync(db, organisation.Id, command.OpinionId, command.Version, cancellationToken);
            var recommendation = opinion.Recommendations.SingleOrDefault(r => r.Id == command.RecommendationId)
                ?? throw new NotFoundException("There is no such recommendation in this audit opinion.");
            opinion.Remove(recommendation);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
