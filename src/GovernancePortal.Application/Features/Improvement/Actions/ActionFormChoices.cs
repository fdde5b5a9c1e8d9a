using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The choices of the action form: the plan's areas, the organisation's people, the next free code.</summary>
public sealed record GetActionFormQuery(int PlanId, int? ActionId = null) : IQuery<ActionForm>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
}

public sealed record ActionForm(
    int PlanId,
    string PlanTitle,
    string OrganisationCode,
    string OrganisationName,
    ActionCodeScheme Scheme,
    IReadOnlyList<(int Id, string Text, string NextCode)> Areas,
    IReadOnlyList<(int Id, string Text)> People);

public sealed class GetActionFormHandler(GovernancePortalDbContext db) : IQueryHandler<GetActionFormQuery, ActionForm>
{
    public async ValueTask<ActionForm> Handle(GetActionFormQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation).Include(p => p.Areas).ThenInclude(a => a.Actions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == plan.OrganisationId && !p.IsArchived)
            .OrderBy(p => p.JobTitle).ThenBy(p => p.FullName)
            .ToListAsync(cancellationToken);
        var scheme = plan.Organisation!.ActionCodeScheme;
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

/// <summary>
/// The action form's fields, shared by adding an action (<see cref="CreateAction"/>) and changing one
/// (<see cref="EditAction"/>): each slice's Form is one of these.
/// </summary>
public abstract record ActionFields
{
    public int? AreaId { get; set; }

    public string? Code { get; set; }

    public string? Description { get; set; }

    public int? OwnerId { get; set; }

    public ActionSource? Source { get; set; }

    public string? SourceReference { get; set; }

    /// <summary>The due date's three boxes (Input.DueDate.Day/Month/Year).</summary>
    public DateParts DueDate { get; set; } = new();

    public Guid Version { get; set; }
}

/// <summary>The rules of the action form, shared by <see cref="CreateAction"/> and <see cref="EditAction"/>.</summary>
internal static class ActionFieldRules
{
    public static void Add<T>(UseCaseValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> areaId, System.Linq.Expressions.Expression<Func<T, string?>> code, System.Linq.Expressions.Expression<Func<T, string?>> description, System.Linq.Expressions.Expression<Func<T, string?>> sourceReference)
    {
        validator.RuleFor(areaId).NotNull().WithMessage("Choose the improvement area");
        validator.RuleForCleaned(code, CleanText.SingleLine).MaximumLength(TextLimits.Code).WithMessage($"The code must be {TextLimits.Code} characters or fewer");
        validator.RuleForCleaned(description, CleanText.Multiline)
            .NotEmpty().WithMessage("Describe the action")
            .MaximumLength(TextLimits.MediumText).WithMessage($"The description must be {TextLimits.MediumText:N0} characters or fewer");
        validator.RuleForCleaned(sourceReference, CleanText.SingleLine)
            .MaximumLength(ImprovementAction.ReferenceMaxLength).WithMessage($"The reference must be {ImprovementAction.ReferenceMaxLength} characters or fewer");
    }
}

/// <summary>
/// Adds an action to a plan (no id) or changes one. The due date is set here only when the action has none yet: later
/// changes go through the slippage ledger. The action rates itself when its date is set.
/// </summary>
internal static class ActionSaving
{
    public static async Task<int> SaveAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, int planId, int? actionId, ActionFields fields, DateOnly? dueDate, CancellationToken cancellationToken)
    {
        var action = await PrepareAsync(db, user, time, planId, actionId, fields, dueDate, cancellationToken);
        if (actionId is null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        }

        return action.Id;
    }

    /// <summary>
    /// Adds or changes the action without saving, so a caller can save it with records of its own in one transaction
    /// (a survey flag raised as an action).
    /// </summary>
    public static async Task<ImprovementAction> PrepareAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, int planId, int? actionId, ActionFields fields, DateOnly? dueDate, CancellationToken cancellationToken)
    {
        var plan = await db.ImprovementPlans.Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        var area = await db.ImprovementAreas.Include(a => a.Actions).SingleOrDefaultAsync(a => a.Id == fields.AreaId && a.PlanId == plan.Id, cancellationToken)
            ?? throw Validation.Fail(nameof(ActionFields.AreaId), "Choose an improvement area of this plan");
        if (fields.OwnerId is { } ownerId && !await db.People.AnyAsync(p => p.Id == ownerId && p.OrganisationId == plan.OrganisationId, cancellationToken))
        {
            throw Validation.Fail(nameof(ActionFields.OwnerId), $"Choose an owner from {plan.Organisation!.ShortName}");
        }

        var scheme = plan.Organisation!.ActionCodeScheme;
        // An empty code means "the area's next code" (a new action) or "keep the code" (a change).
        var code = CleanText.OptionalLine(fields.Code)?.ToUpperInvariant();
        ImprovementAction action;
        if (actionId is { } id)
        {
            action = await db.ImprovementActions.Include(a => a.Area).Include(a => a.Owner).Include(a => a.Updates).Include(a => a.DateRequests).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id && a.Area!.PlanId == plan.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement action.");
            db.ExpectVersion(action, fields.Version, ImprovementScope.ConflictMessage(action), () => ImprovementScope.ConflictValues(action));
            code ??= action.Code;
            action.Area = area;
        }
        else
        {
            code ??= area.Code is null ? null : ActionCode.Next(scheme, area.Code, area.Actions.Select(a => a.Code));
            action = new ImprovementAction { Area = area, Code = code ?? string.Empty, Description = string.Empty };
            area.Actions.Add(action);
        }

        if (code is null || !ActionCode.IsValid(scheme, code))
        {
            throw Validation.Fail(nameof(ActionFields.Code), $"Enter a code for {plan.Organisation.ShortName}: {ActionCode.Example(scheme)}");
        }

        if (await db.ImprovementActions.AnyAsync(a => a.Area!.PlanId == plan.Id && a.Code == code && a.Id != (actionId ?? 0), cancellationToken))
        {
            throw Validation.Fail(nameof(ActionFields.Code), $"{code} is already used in this plan: choose another code");
        }

        action.Code = code;
        action.Description = CleanText.Multiline(fields.Description)!;
        action.OwnerId = fields.OwnerId;
        action.Source = fields.Source;
        action.SourceReference = CleanText.SingleLine(fields.SourceReference);
        if (dueDate is { } due)
        {
            if (action.DueDate is null)
            {
                action.ReviseDueDate(due, null, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
            }
            else if (action.DueDate != due)
            {
                throw Validation.Fail("DueDate", "The due date is set: change it with ‘Revise due date’, which records the reason, who asked and who approved it");
            }
        }

        return action;
    }
}
