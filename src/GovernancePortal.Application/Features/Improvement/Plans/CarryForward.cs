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

namespace GovernancePortal.Application.Features.Improvement.Plans;

/// <summary>What carrying a plan forward would do: its open actions and the later plans they could go into.</summary>
public sealed record GetCarryForwardQuery(int PlanId) : IQuery<CarryForwardPreview>;

public sealed record CarryForwardPreview(
    int PlanId,
    string PlanTitle,
    string PlanUrl,
    string OrganisationName,
    PlanStatus Status,
    ReportingYear LastYear,
    IReadOnlyList<(string Code, string Description, ActionStatus Status, DateOnly? DueDate)> OpenActions,
    IReadOnlyList<(int Id, string Title)> LaterPlans,
    Guid Version);

public sealed class GetCarryForwardHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetCarryForwardQuery, CarryForwardPreview>
{
    public async ValueTask<CarryForwardPreview> Handle(GetCarryForwardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation)
            .SingleOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, plan.Organisation!.Code);
        var open = new[] { ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.ReportedComplete };
        var actions = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.Area!.PlanId == plan.Id && open.Contains(a.Status))
            .OrderBy(a => a.Area!.Sequence).ThenBy(a => a.Code.Length).ThenBy(a => a.Code)
            .Select(a => new { a.Code, a.Description, a.Status, a.DueDate })
            .ToListAsync(cancellationToken);
        var later = await db.ImprovementPlans.AsNoTracking()
            .Where(p => p.OrganisationId == plan.OrganisationId && p.Id != plan.Id && p.Status == PlanStatus.Active && p.FirstYear > plan.FirstYear)
            .OrderBy(p => p.FirstYear)
            .Select(p => new { p.Id, p.Title })
            .ToListAsync(cancellationToken);
        return new CarryForwardPreview(
            plan.Id,
            plan.Title,
            $"/improvement/{plan.Organisation.Code.ToLowerInvariant()}/{plan.Slug}",
            plan.Organisation.ShortName,
            plan.Status,
            plan.LastYear,
            [.. actions.Select(a => (a.Code, a.Description, a.Status, a.DueDate))],
            [.. later.Select(p => (p.Id, p.Title))],
            plan.Version);
    }
}

/// <summary>
/// Carries every open action of a plan into a later plan (an existing one, or a new one created here), closing the
/// plan. One save: either everything moves or nothing does.
/// </summary>
public sealed record CarryForwardCommand(int PlanId, Guid Version, int? TargetPlanId, string? NewPlanTitle, string? NewPlanFirstYear, string? NewPlanLastYear) : ICommand<CarryForwardResult>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
}

public sealed record CarryForwardResult(int TargetPlanId, string TargetUrl, int Carried);

public sealed class CarryForwardValidator : AbstractValidator<CarryForwardCommand>
{
    public CarryForwardValidator()
    {
        When(c => c.TargetPlanId is null, () =>
        {
            this.RuleForCleaned(c => c.NewPlanTitle, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the title of the new plan")
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
            RuleFor(c => c.NewPlanFirstYear).Must(y => ReportingYear.TryParse(y, out _)).WithMessage("Enter the first year of the new plan like 2019/20");
            RuleFor(c => c.NewPlanLastYear).Must(y => string.IsNullOrWhiteSpace(y) || ReportingYear.TryParse(y, out _)).WithMessage("Enter the last year of the new plan like 2021/22, or leave it empty for a one-year plan");
        });
    }
}

public sealed class CarryForwardHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<CarryForwardCommand, CarryForwardResult>
{
    public async ValueTask<CarryForwardResult> Handle(CarryForwardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await LoadAsync(command.PlanId, cancellationToken);
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, plan.Organisation!.Code);
        ImprovementScope.ExpectVersion(db, plan, command.Version);

        ImprovementPlan target;
        if (command.TargetPlanId is { } targetId)
        {
            target = await LoadAsync(targetId, cancellationToken);
            if (target.OrganisationId != plan.OrganisationId)
            {
                throw Validation.Fail(nameof(CarryForwardCommand.TargetPlanId), $"Choose a plan of {plan.Organisation.ShortName}");
            }
        }
        else
        {
            var first = ReportingYear.Parse(command.NewPlanFirstYear!);
            var last = string.IsNullOrWhiteSpace(command.NewPlanLastYear) ? first : ReportingYear.Parse(command.NewPlanLastYear);
            if (last < first)
            {
                throw Validation.Fail(nameof(CarryForwardCommand.NewPlanLastYear), "The last year must be the same as or after the first year");
            }

            if (first <= plan.FirstYear)
            {
                throw Validation.Fail(nameof(CarryForwardCommand.NewPlanFirstYear), $"The new plan must start after {plan.FirstYear}");
            }

            target = new ImprovementPlan
            {
                OrganisationId = plan.OrganisationId,
                Organisation = plan.Organisation,
                Title = CleanText.SingleLine(command.NewPlanTitle)!,
                FirstYear = first,
                LastYear = last,
            };
            db.ImprovementPlans.Add(target);
        }

        var carried = plan.CarryForwardInto(target, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
        var today = time.Today();
        foreach (var action in carried)
        {
            action.RecalculateRag(plan.Organisation.RagRule, today);
        }

        foreach (var action in plan.Areas.SelectMany(a => a.Actions).Where(a => a.Status == ActionStatus.CarriedForward))
        {
            action.RecalculateRag(plan.Organisation.RagRule, today);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CarryForwardResult(target.Id, $"/improvement/{plan.Organisation.Code.ToLowerInvariant()}/{target.Slug}", carried.Count);
    }

    private async Task<ImprovementPlan> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.ImprovementPlans.AsSplitQuery()
            .Include(p => p.Organisation)
            .Include(p => p.Areas).ThenInclude(a => a.Actions).ThenInclude(a => a.Owner)
            .Include(p => p.Areas).ThenInclude(a => a.Leads)
            .Include(p => p.Areas).ThenInclude(a => a.GovernanceAreas)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException("There is no such improvement plan.");
}
