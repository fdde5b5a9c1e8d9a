using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>Starts a new improvement plan for an organisation (one year, or several like 2018/21). Returns its slug.</summary>
public static class CreatePlan
{
    /// <summary>The organisation the plan is for, to name it on the page.</summary>
    public sealed record Query(string Organisation) : IQuery<PlanOwner>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record PlanOwner(string Code, string Name);

    /// <summary>The page binds the command as its form (Input); the organisation comes from the route. Returns the new plan's slug.</summary>
    public sealed record Command(string Organisation, string? Title, string? FirstYear, string? LastYear) : ICommand<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the plan's title")
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
            RuleFor(c => c.FirstYear).Must(y => ReportingYear.TryParse(y, out _)).WithMessage("Enter the first year like 2019/20");
            RuleFor(c => c.LastYear).Must(y => string.IsNullOrWhiteSpace(y) || ReportingYear.TryParse(y, out _)).WithMessage("Enter the last year like 2021/22, or leave it empty for a one-year plan");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, PlanOwner>, ICommandHandler<Command, string>
    {
        public async ValueTask<PlanOwner> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return new PlanOwner(organisation.Code, organisation.ShortName);
        }

        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var first = ReportingYear.Parse(command.FirstYear!);
            var last = string.IsNullOrWhiteSpace(command.LastYear) ? first : ReportingYear.Parse(command.LastYear);
            if (last < first)
            {
                throw Validation.Fail(nameof(Command.LastYear), "The last year must be the same as or after the first year");
            }

            var plan = new ImprovementPlan { OrganisationId = organisation.Id, Title = CleanText.SingleLine(command.Title)!, FirstYear = first, LastYear = last };
            var existing = await db.ImprovementPlans.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
                .Select(p => new { p.FirstYear, p.LastYear }).ToListAsync(cancellationToken);
            if (existing.Any(p => ImprovementPlan.SlugFor(p.FirstYear, p.LastYear) == plan.Slug))
            {
                throw Validation.Fail(nameof(Command.FirstYear), $"{organisation.ShortName} already has a plan for {plan.Period}");
            }

            db.ImprovementPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            return plan.Slug;
        }
    }
}
