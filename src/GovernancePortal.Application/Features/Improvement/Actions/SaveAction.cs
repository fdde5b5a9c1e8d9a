using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The choices of the action form: the plan's areas, the organisation's people, the next free code.</summary>
public sealed record GetActionFormQuery(int PlanId, int? ActionId = null) : IQuery<ActionForm>;

public sealed record ActionForm(
    int PlanId,
    string PlanTitle,
    string OrganisationCode,
    string OrganisationName,
    ActionCodeScheme Scheme,
    IReadOnlyList<(int Id, string Text, string NextCode)> Areas,
    IReadOnlyList<(int Id, string Text)> People);

public sealed class GetActionFormHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetActionFormQuery, ActionForm>
{
    public async ValueTask<ActionForm> Handle(GetActionFormQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation).Include(p => p.Areas).ThenInclude(a => a.Actions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, plan.Organisation!.Code);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == plan.OrganisationId && !p.IsArchived)
            .OrderBy(p => p.JobTitle).ThenBy(p => p.FullName)
            .ToListAsync(cancellationToken);
        var scheme = plan.Organisation.ActionCodeScheme;
        return new ActionForm(
            plan.Id,
            plan.Title,
            plan.Organisation.Code,
            plan.Organisation.ShortName,
            scheme,
            [.. plan.Areas.OrderBy(a => a.Sequence).Select(a => (a.Id, $"{a.DisplayCode} {a.Title}", a.Code is null ? string.Empty : ActionCode.Next(scheme, a.Code, a.Actions.Select(x => x.Code))))],
            [.. people.Select(p => (p.Id, p.DisplayName))]);
    }
}

/// <summary>Adds an action to a plan (Id null) or changes one. The due date is set here only when the action has none yet: later changes go through the slippage ledger.</summary>
public sealed record SaveActionCommand(
    int? Id,
    int PlanId,
    int? AreaId,
    string? Code,
    string? Description,
    int? OwnerId,
    ActionSource? Source,
    string? SourceReference,
    DateOnly? DueDate,
    Guid Version) : ICommand<int>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
}

public sealed class SaveActionValidator : AbstractValidator<SaveActionCommand>
{
    public SaveActionValidator()
    {
        RuleFor(c => c.AreaId).NotNull().WithMessage("Choose the improvement area");
        this.RuleForCleaned(c => c.Code, CleanText.SingleLine).MaximumLength(TextLimits.Code).WithMessage($"The code must be {TextLimits.Code} characters or fewer");
        this.RuleForCleaned(c => c.Description, CleanText.Multiline)
            .NotEmpty().WithMessage("Describe the action")
            .MaximumLength(TextLimits.MediumText).WithMessage($"The description must be {TextLimits.MediumText:N0} characters or fewer");
        this.RuleForCleaned(c => c.SourceReference, CleanText.SingleLine)
            .MaximumLength(ImprovementAction.ReferenceMaxLength).WithMessage($"The reference must be {ImprovementAction.ReferenceMaxLength} characters or fewer");
    }
}

public sealed class SaveActionHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<SaveActionCommand, int>
{
    public async ValueTask<int> Handle(SaveActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await db.ImprovementPlans.Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, plan.Organisation!.Code);
        var area = await db.ImprovementAreas.Include(a => a.Actions).SingleOrDefaultAsync(a => a.Id == command.AreaId && a.PlanId == plan.Id, cancellationToken)
            ?? throw Validation.Fail(nameof(SaveActionCommand.AreaId), "Choose an improvement area of this plan");
        if (command.OwnerId is { } ownerId && !await db.People.AnyAsync(p => p.Id == ownerId && p.OrganisationId == plan.OrganisationId, cancellationToken))
        {
            throw Validation.Fail(nameof(SaveActionCommand.OwnerId), $"Choose an owner from {plan.Organisation.ShortName}");
        }

        var scheme = plan.Organisation.ActionCodeScheme;
        // An empty code means "the area's next code" (a new action) or "keep the code" (a change).
        var code = CleanText.OptionalLine(command.Code)?.ToUpperInvariant();
        ImprovementAction action;
        if (command.Id is { } id)
        {
            action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == id && a.Area!.PlanId == plan.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement action.");
            await ImprovementScope.ExpectVersionAsync(db, action, command.Version, cancellationToken);
            code ??= action.Code;
            action.AreaId = area.Id;
        }
        else
        {
            code ??= area.Code is null ? null : ActionCode.Next(scheme, area.Code, area.Actions.Select(a => a.Code));
            action = new ImprovementAction { Code = code ?? string.Empty, Description = string.Empty };
            area.Actions.Add(action);
        }

        if (code is null || !ActionCode.IsValid(scheme, code))
        {
            throw Validation.Fail(nameof(SaveActionCommand.Code), $"Enter a code for {plan.Organisation.ShortName}: {ActionCode.Example(scheme)}");
        }

        if (await db.ImprovementActions.AnyAsync(a => a.Area!.PlanId == plan.Id && a.Code == code && a.Id != (command.Id ?? 0), cancellationToken))
        {
            throw Validation.Fail(nameof(SaveActionCommand.Code), $"{code} is already used in this plan: choose another code");
        }

        action.Code = code;
        action.Description = CleanText.Multiline(command.Description)!;
        action.OwnerId = command.OwnerId;
        action.Source = command.Source;
        action.SourceReference = CleanText.SingleLine(command.SourceReference);
        if (command.DueDate is { } due)
        {
            if (action.DueDate is null)
            {
                action.ReviseDueDate(due, null, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
            }
            else if (action.DueDate != due)
            {
                throw Validation.Fail(nameof(SaveActionCommand.DueDate), "The due date is set: change it with ‘Revise due date’, which records the reason, who asked and who approved it");
            }
        }

        action.RecalculateRag(plan.Organisation.RagRule, time.Today());
        if (command.Id is null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        }

        return action.Id;
    }
}
