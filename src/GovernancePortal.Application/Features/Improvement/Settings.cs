using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>An organisation's RAG rule and update window: changing them rates every action of the organisation again, in one save.</summary>
public static class EditImprovementSettings
{
    /// <summary>An organisation's RAG rule and update window, for its settings page.</summary>
    public sealed record Query(string Organisation) : IQuery<Settings>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Settings(string OrganisationCode, string OrganisationName, RagRule Rule, int UpdateWindowDays, Guid Version);

    public sealed class QueryHandler(GovernancePortalDbContext db) : IQueryHandler<Query, Settings>
    {
        public async ValueTask<Settings> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return new Settings(organisation.Code, organisation.ShortName, organisation.RagRule, organisation.UpdateWindowDays, organisation.Version);
        }
    }

    /// <summary>Changes the RAG rule (and update window) and rates every action of the organisation again, in one save.</summary>
    public sealed record Command(
        string Organisation, Guid Version, bool AmberWhenRevised, bool AmberWhenAtRisk, int? AmberWithinDaysOfDue, int? RedAfterDaysOverdue, int? UpdateWindowDays) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AmberWithinDaysOfDue).NotNull().WithMessage("Enter a number of days (0 to turn this off)")
                .InclusiveBetween(0, RagRule.MaxDays).WithMessage($"Enter a number of days from 0 to {RagRule.MaxDays}");
            RuleFor(c => c.RedAfterDaysOverdue).NotNull().WithMessage("Enter a number of days (0: red from the day after the due date)")
                .InclusiveBetween(0, RagRule.MaxDays).WithMessage($"Enter a number of days from 0 to {RagRule.MaxDays}");
            RuleFor(c => c.UpdateWindowDays).NotNull().WithMessage("Enter a number of days")
                .InclusiveBetween(1, RagRule.MaxDays).WithMessage($"Enter a number of days from 1 to {RagRule.MaxDays}");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var found = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var organisation = await db.Organisations.SingleAsync(o => o.Id == found.Id, cancellationToken);
            db.ExpectVersion(organisation, command.Version);
            organisation.RagRule = new RagRule
            {
                AmberWhenRevised = command.AmberWhenRevised,
                AmberWhenAtRisk = command.AmberWhenAtRisk,
                AmberWithinDaysOfDue = command.AmberWithinDaysOfDue!.Value,
                RedAfterDaysOverdue = command.RedAfterDaysOverdue!.Value,
            };
            organisation.UpdateWindowDays = command.UpdateWindowDays!.Value;
            var changed = await Plans.RagRecalculation.RateAsync(db, organisation, time.Today(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return changed;
        }
    }
}
