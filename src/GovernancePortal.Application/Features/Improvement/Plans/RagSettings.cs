using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Plans;

/// <summary>An organisation's RAG rule and update window, for its settings page.</summary>
public sealed record GetImprovementSettingsQuery(string Organisation) : IQuery<ImprovementSettings>;

public sealed record ImprovementSettings(string OrganisationCode, string OrganisationName, RagRule Rule, int UpdateWindowDays, Guid Version);

public sealed class GetImprovementSettingsHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetImprovementSettingsQuery, ImprovementSettings>
{
    public async ValueTask<ImprovementSettings> Handle(GetImprovementSettingsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.ManageImprovementPlan, cancellationToken);
        return new ImprovementSettings(organisation.Code, organisation.ShortName, organisation.RagRule, organisation.UpdateWindowDays, organisation.Version);
    }
}

/// <summary>Changes the RAG rule (and update window) and rates every action of the organisation again, in one save.</summary>
public sealed record SaveImprovementSettingsCommand(
    string Organisation, Guid Version, bool AmberWhenRevised, bool AmberWhenAtRisk, int? AmberWithinDaysOfDue, int? RedAfterDaysOverdue, int? UpdateWindowDays) : ICommand<int>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class SaveImprovementSettingsValidator : AbstractValidator<SaveImprovementSettingsCommand>
{
    public SaveImprovementSettingsValidator()
    {
        RuleFor(c => c.AmberWithinDaysOfDue).NotNull().WithMessage("Enter a number of days (0 to turn this off)")
            .InclusiveBetween(0, RagRule.MaxDays).WithMessage($"Enter a number of days from 0 to {RagRule.MaxDays}");
        RuleFor(c => c.RedAfterDaysOverdue).NotNull().WithMessage("Enter a number of days (0: red from the day after the due date)")
            .InclusiveBetween(0, RagRule.MaxDays).WithMessage($"Enter a number of days from 0 to {RagRule.MaxDays}");
        RuleFor(c => c.UpdateWindowDays).NotNull().WithMessage("Enter a number of days")
            .InclusiveBetween(1, RagRule.MaxDays).WithMessage($"Enter a number of days from 1 to {RagRule.MaxDays}");
    }
}

public sealed class SaveImprovementSettingsHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<SaveImprovementSettingsCommand, int>
{
    public async ValueTask<int> Handle(SaveImprovementSettingsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.ManageImprovementPlan, cancellationToken);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == found.Id, cancellationToken);
        ImprovementScope.ExpectVersion(db, organisation, command.Version);
        organisation.RagRule = new RagRule
        {
            AmberWhenRevised = command.AmberWhenRevised,
            AmberWhenAtRisk = command.AmberWhenAtRisk,
            AmberWithinDaysOfDue = command.AmberWithinDaysOfDue!.Value,
            RedAfterDaysOverdue = command.RedAfterDaysOverdue!.Value,
        };
        organisation.UpdateWindowDays = command.UpdateWindowDays!.Value;
        var changed = await RagRecalculation.RateAsync(db, organisation, time.Today(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}

/// <summary>Rates an organisation's actions again with its rule (after a rule change, and daily as dates pass).</summary>
public static class RagRecalculation
{
    public static async Task<int> RateAsync(GovernancePortalDbContext db, Domain.Organisations.Organisation organisation, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        // With the ledger, so a revised action's Amber dates from its revision.
        var actions = await db.ImprovementActions.Include(a => a.DateRevisions).AsSplitQuery()
            .Where(a => a.Area!.Plan!.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var action in actions)
        {
            // An unchanged rating changes nothing, so only real changes reach the audit trail.
            if (action.RecalculateRag(organisation.RagRule, today))
            {
                changed++;
            }
        }

        return changed;
    }
}
