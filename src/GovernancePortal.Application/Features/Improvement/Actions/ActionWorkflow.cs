using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

// The owner's side of an action: dated progress updates and the report that it is complete (the first key).

public sealed record SubmitUpdateCommand(int ActionId, Guid Version, string? Narrative, OwnerAssessment? Assessment) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ReportActionProgress;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class SubmitUpdateValidator : AbstractValidator<SubmitUpdateCommand>
{
    public SubmitUpdateValidator()
    {
        this.RuleForCleaned(c => c.Narrative, CleanText.Multiline)
            .NotEmpty().WithMessage("Describe the progress made")
            .MaximumLength(Domain.Common.TextLimits.MediumText).WithMessage($"Progress must be {Domain.Common.TextLimits.MediumText:N0} characters or fewer");
        RuleFor(c => c.Assessment).NotNull().WithMessage("Say whether the action is on track or at risk");
    }
}

public sealed class SubmitUpdateHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<SubmitUpdateCommand>
{
    public async ValueTask<Unit> Handle(SubmitUpdateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForReportAsync(db, user, command.ActionId, command.Version, cancellationToken);
        action.SubmitUpdate(CleanText.Multiline(command.Narrative)!, command.Assessment!.Value, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
        action.RecalculateRag(action.Area!.Plan!.Organisation!.RagRule, time.Today());
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

public sealed record ReportCompleteCommand(int ActionId, Guid Version, string? Narrative, string? Evidence) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ReportActionProgress;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class ReportCompleteValidator : AbstractValidator<ReportCompleteCommand>
{
    public ReportCompleteValidator()
    {
        this.RuleForCleaned(c => c.Narrative, CleanText.Multiline)
            .NotEmpty().WithMessage("Describe what was done")
            .MaximumLength(Domain.Common.TextLimits.MediumText).WithMessage($"What was done must be {Domain.Common.TextLimits.MediumText:N0} characters or fewer");
        this.RuleForCleaned(c => c.Evidence, CleanText.Multiline)
            .NotEmpty().WithMessage("Say where the evidence of completion is")
            .MaximumLength(Domain.Common.TextLimits.MediumText).WithMessage($"Evidence must be {Domain.Common.TextLimits.MediumText:N0} characters or fewer");
    }
}

public sealed class ReportCompleteHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReportCompleteCommand>
{
    public async ValueTask<Unit> Handle(ReportCompleteCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForReportAsync(db, user, command.ActionId, command.Version, cancellationToken);
        action.ReportComplete(CleanText.Multiline(command.Narrative)!, CleanText.Multiline(command.Evidence)!, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
        action.RecalculateRag(action.Area!.Plan!.Organisation!.RagRule, time.Today());
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

// The governance team's side: accept or return an update; verify or reject a completion (the second key).

public sealed record ReviewUpdateCommand(int ActionId, int UpdateId, Guid Version, bool Accept, string? Comment) : ICommand;

public sealed class ReviewUpdateValidator : AbstractValidator<ReviewUpdateCommand>
{
    public ReviewUpdateValidator()
    {
        this.RuleForCleaned(c => c.Comment, CleanText.Multiline)
            .NotEmpty().When(c => !c.Accept).WithMessage("Give the reason, so the owner knows what to change")
            .MaximumLength(ActionUpdate.CommentMaxLength).WithMessage($"The comment must be {ActionUpdate.CommentMaxLength:N0} characters or fewer");
    }
}

public sealed class ReviewUpdateHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReviewUpdateCommand>
{
    public async ValueTask<Unit> Handle(ReviewUpdateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ImprovementScope.ActionAsync(db, user, command.ActionId, Permission.ViewImprovementPlan, cancellationToken);
        await db.Entry(action).Collection(a => a.Updates).LoadAsync(cancellationToken);
        var update = action.Updates.SingleOrDefault(u => u.Id == command.UpdateId)
            ?? throw new NotFoundException("There is no such update on this action.");
        var organisation = action.Area!.Plan!.Organisation!.Code;
        if (update.Kind == UpdateKind.CompletionReport)
        {
            AccessMatrix.Demand(user, Permission.VerifyActionCompletion, organisation);
            if (update.SubmittedByUserId is not null && update.SubmittedByUserId == user.UserId)
            {
                throw new ForbiddenException("Closure needs two people: someone other than the person who reported the action complete must verify it.");
            }
        }
        else
        {
            AccessMatrix.Demand(user, Permission.ManageImprovementPlan, organisation);
        }

        await ImprovementScope.ExpectVersionAsync(db, action, command.Version, cancellationToken);
        var comment = CleanText.Multiline(command.Comment);
        var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
        if (command.Accept)
        {
            action.AcceptUpdate(update, comment, actor);
        }
        else
        {
            action.ReturnUpdate(update, comment!, actor);
        }

        action.RecalculateRag(action.Area.Plan.Organisation.RagRule, time.Today());
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

// Governance team: the slippage ledger, RAG override and closing without action.

/// <summary>
/// The governance team sets or moves the due date itself: they approve it, and it was asked for by them or, when
/// <see cref="ForOwner"/>, by the action's owner they act for.
/// </summary>
public sealed record ReviseDueDateCommand(int ActionId, Guid Version, DateOnly? NewDueDate, string? Reason, bool ForOwner = false) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class ReviseDueDateValidator : AbstractValidator<ReviseDueDateCommand>
{
    public ReviseDueDateValidator()
    {
        RuleFor(c => c.NewDueDate).NotNull().WithMessage("Enter the new due date as a real date, for example 31 3 2027");
        this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
            .NotEmpty().WithMessage("Give the reason the due date is changing")
            .MaximumLength(DueDateRevision.ReasonMaxLength).WithMessage($"The reason must be {DueDateRevision.ReasonMaxLength:N0} characters or fewer");
    }
}

public sealed class ReviseDueDateHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReviseDueDateCommand>
{
    public async ValueTask<Unit> Handle(ReviseDueDateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForManageAsync(db, user, command.ActionId, command.Version, cancellationToken);
        var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
        Domain.Common.Actor? requestedBy = null;
        if (command.ForOwner)
        {
            var owner = action.Owner ?? throw Validation.Fail(nameof(ReviseDueDateCommand.ForOwner), $"{action.Code} has no named owner: record the change as your own");
            var account = owner.UserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == owner.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
            requestedBy = new Domain.Common.Actor(account is null ? null : owner.UserId, account ?? owner.DisplayName, actor.AtUtc);
        }

        action.ReviseDueDate(command.NewDueDate!.Value, CleanText.Multiline(command.Reason), actor, requestedBy);
        action.RecalculateRag(action.Area!.Plan!.Organisation!.RagRule, time.Today());
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The owner asks for a new due date, with the reason; the governance team decides.</summary>
public sealed record RequestDueDateCommand(int ActionId, Guid Version, DateOnly? NewDueDate, string? Reason) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ReportActionProgress;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class RequestDueDateValidator : AbstractValidator<RequestDueDateCommand>
{
    public RequestDueDateValidator()
    {
        RuleFor(c => c.NewDueDate).NotNull().WithMessage("Enter the due date you are asking for as a real date, for example 31 3 2027");
        this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
            .NotEmpty().WithMessage("Give the reason a new due date is needed")
            .MaximumLength(DueDateRequest.ReasonMaxLength).WithMessage($"The reason must be {DueDateRequest.ReasonMaxLength:N0} characters or fewer");
    }
}

public sealed class RequestDueDateHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<RequestDueDateCommand>
{
    public async ValueTask<Unit> Handle(RequestDueDateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForReportAsync(db, user, command.ActionId, command.Version, cancellationToken);
        action.RequestDueDate(command.NewDueDate!.Value, CleanText.Multiline(command.Reason), await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The governance team approves or refuses a request for a new due date (never the person who asked).</summary>
public sealed record DecideDueDateRequestCommand(int ActionId, int RequestId, Guid Version, bool Approve, string? Comment) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class DecideDueDateRequestValidator : AbstractValidator<DecideDueDateRequestCommand>
{
    public DecideDueDateRequestValidator()
    {
        this.RuleForCleaned(c => c.Comment, CleanText.Multiline)
            .NotEmpty().When(c => !c.Approve).WithMessage("Say why the new date is refused, so the owner knows")
            .MaximumLength(DueDateRequest.CommentMaxLength).WithMessage($"The comment must be {DueDateRequest.CommentMaxLength:N0} characters or fewer");
    }
}

public sealed class DecideDueDateRequestHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<DecideDueDateRequestCommand>
{
    public async ValueTask<Unit> Handle(DecideDueDateRequestCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForManageAsync(db, user, command.ActionId, command.Version, cancellationToken);
        var request = action.DateRequests.SingleOrDefault(r => r.Id == command.RequestId)
            ?? throw new NotFoundException("There is no such request for a new due date on this action.");
        if (request.RequestedByUserId is not null && request.RequestedByUserId == user.UserId)
        {
            throw new ForbiddenException("Someone other than the person who asked for the new date must decide it.");
        }

        var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
        var comment = CleanText.Multiline(command.Comment);
        if (command.Approve)
        {
            action.ApproveDateRequest(request, comment, actor);
            action.RecalculateRag(action.Area!.Plan!.Organisation!.RagRule, time.Today());
        }
        else
        {
            action.RefuseDateRequest(request, comment, actor);
        }

        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

public sealed record OverrideRagCommand(int ActionId, Guid Version, RagStatus? Rag, string? Rationale, bool Clear = false) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class OverrideRagValidator : AbstractValidator<OverrideRagCommand>
{
    public OverrideRagValidator()
    {
        RuleFor(c => c.Rag).NotNull().When(c => !c.Clear).WithMessage("Choose the RAG rating to set");
        this.RuleForCleaned(c => c.Rationale, CleanText.Multiline)
            .NotEmpty().When(c => !c.Clear).WithMessage("Give the reason for overriding the calculated RAG")
            .MaximumLength(ImprovementAction.RationaleMaxLength).WithMessage($"The reason must be {ImprovementAction.RationaleMaxLength:N0} characters or fewer");
    }
}

public sealed class OverrideRagHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<OverrideRagCommand>
{
    public async ValueTask<Unit> Handle(OverrideRagCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForManageAsync(db, user, command.ActionId, command.Version, cancellationToken);
        if (command.Clear)
        {
            action.ClearRagOverride();
        }
        else
        {
            action.OverrideRag(command.Rag!.Value, CleanText.Multiline(command.Rationale)!, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
        }

        action.RecalculateRag(action.Area!.Plan!.Organisation!.RagRule, time.Today());
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

public sealed record CloseActionCommand(int ActionId, Guid Version, string? Reason) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
}

public sealed class CloseActionValidator : AbstractValidator<CloseActionCommand>
{
    public CloseActionValidator()
    {
        this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
            .NotEmpty().WithMessage("Give the reason the action is closed without action")
            .MaximumLength(ImprovementAction.RationaleMaxLength).WithMessage($"The reason must be {ImprovementAction.RationaleMaxLength:N0} characters or fewer");
    }
}

public sealed class CloseActionHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<CloseActionCommand>
{
    public async ValueTask<Unit> Handle(CloseActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = await ActionLoader.ForManageAsync(db, user, command.ActionId, command.Version, cancellationToken);
        action.CloseWithoutAction(CleanText.Multiline(command.Reason)!, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
        action.RecalculateRag(action.Area!.Plan!.Organisation!.RagRule, time.Today());
        await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Loads an action for a change, with its updates, after the access and version checks.</summary>
internal static class ActionLoader
{
    public static async Task<ImprovementAction> ForReportAsync(GovernancePortalDbContext db, ICurrentUser user, int actionId, Guid version, CancellationToken cancellationToken)
    {
        var action = await ImprovementScope.ActionAsync(db, user, actionId, Permission.ViewImprovementPlan, cancellationToken);
        await ImprovementScope.DemandCanReportAsync(db, user, action, cancellationToken);
        return await PrepareAsync(db, action, version, cancellationToken);
    }

    public static async Task<ImprovementAction> ForManageAsync(GovernancePortalDbContext db, ICurrentUser user, int actionId, Guid version, CancellationToken cancellationToken)
    {
        var action = await ImprovementScope.ActionAsync(db, user, actionId, Permission.ManageImprovementPlan, cancellationToken);
        return await PrepareAsync(db, action, version, cancellationToken);
    }

    private static async Task<ImprovementAction> PrepareAsync(GovernancePortalDbContext db, ImprovementAction action, Guid version, CancellationToken cancellationToken)
    {
        await db.Entry(action).Collection(a => a.Updates).LoadAsync(cancellationToken);
        await db.Entry(action).Collection(a => a.DateRequests).LoadAsync(cancellationToken);
        await ImprovementScope.ExpectVersionAsync(db, action, version, cancellationToken);
        return action;
    }
}
