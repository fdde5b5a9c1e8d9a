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

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>Carries every open action of a plan into a later plan (an existing one, or a new one created here), closing the plan.</summary>
public static class CarryForward
{
    /// <summary>What carrying a plan forward would do: its open actions and the later plans they could go into.</summary>
    public sealed record Query(int PlanId) : IQuery<Preview>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    public sealed record Preview(
        int PlanId,
        string PlanTitle,
        string OrganisationCode,
        string PlanSlug,
        string OrganisationName,
        PlanStatus Status,
        ReportingYear LastYear,
        IReadOnlyList<(string Code, string Description, ActionStatus Status, DateOnly? DueDate)> OpenActions,
        IReadOnlyList<(int Id, string Title)> LaterPlans,
        Guid Version);

    public sealed class QueryHandler(GovernancePortalDbContext db) : IQueryHandler<Query, Preview>
    {
        public async ValueTask<Preview> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation)
                .SingleOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement plan.");
            var actions = await db.ImprovementActions.AsNoTracking()
                .Where(a => a.Area!.PlanId == plan.Id)
                .Where(ActionRules.IsOpen)
                .OrderBy(a => a.Area!.Sequence).ThenBy(a => a.Code.Length).ThenBy(a => a.Code)
                .Select(a => new { a.Code, a.Description, a.Status, a.DueDate })
                .ToListAsync(cancellationToken);
            var later = await db.ImprovementPlans.AsNoTracking()
                .Where(p => p.OrganisationId == plan.OrganisationId && p.Id != plan.Id && p.Status == PlanStatus.Active && p.FirstYear > plan.FirstYear)
                .OrderBy(p => p.FirstYear)
                .Select(p => new { p.Id, p.Title })
                .ToListAsync(cancellationToken);
            return new Preview(
                plan.Id,
                plan.Title,
                plan.Organisation!.Code,
                plan.Slug,
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
    public sealed record Command(int PlanId, Guid Version, int? TargetPlanId, string? NewPlanTitle, string? NewPlanFirstYear, string? NewPlanLastYear) : ICommand<Result>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    public sealed record Result(int TargetPlanId, string OrganisationCode, string TargetSlug, int Carried);

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
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

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var plan = await LoadAsync(command.PlanId, cancellationToken);
            db.ExpectVersion(plan, command.Version);

            ImprovementPlan target;
            if (command.TargetPlanId is { } targetId)
            {
                target = await LoadAsync(targetId, cancellationToken);
                if (target.OrganisationId != plan.OrganisationId)
                {
                    throw Validation.Fail(nameof(Command.TargetPlanId), $"Choose a plan of {plan.Organisation!.ShortName}");
                }
            }
            else
            {
                var first = ReportingYear.Parse(command.NewPlanFirstYear!);
                var last = string.IsNullOrWhiteSpace(command.NewPlanLastYear) ? first : ReportingYear.Parse(command.NewPlanLastYear);
                if (last < first)
                {
                    throw Validation.Fail(nameof(Command.NewPlanLastYear), "The last year must be the same as or after the first year");
                }

                if (first <= plan.FirstYear)
                {
                    throw Validation.Fail(nameof(Command.NewPlanFirstYear), $"The new plan must start after {plan.FirstYear}");
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

            // Each action carried (and each one continuing it) rates itself with the organisation's rule.
            var carried = plan.CarryForwardInto(target, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));

            await db.SaveChangesAsync(cancellationToken);
            return new Result(target.Id, plan.Organisation!.Code, target.Slug, carried.Count);
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
}
