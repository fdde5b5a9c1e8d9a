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

namespace GovernancePortal.Application.Features.Improvement.Plans;

/// <summary>Starts a new improvement plan for an organisation (one year, or several like 2018/21). Returns its URL.</summary>
public sealed record CreatePlanCommand(string Organisation, string? Title, string? FirstYear, string? LastYear) : ICommand<string>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class CreatePlanValidator : AbstractValidator<CreatePlanCommand>
{
    public CreatePlanValidator()
    {
        this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the plan's title")
            .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
        RuleFor(c => c.FirstYear).Must(y => ReportingYear.TryParse(y, out _)).WithMessage("Enter the first year like 2019/20");
        RuleFor(c => c.LastYear).Must(y => string.IsNullOrWhiteSpace(y) || ReportingYear.TryParse(y, out _)).WithMessage("Enter the last year like 2021/22, or leave it empty for a one-year plan");
    }
}

public sealed class CreatePlanHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<CreatePlanCommand, string>
{
    public async ValueTask<string> Handle(CreatePlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.ManageImprovementPlan, cancellationToken);
        var first = ReportingYear.Parse(command.FirstYear!);
        var last = string.IsNullOrWhiteSpace(command.LastYear) ? first : ReportingYear.Parse(command.LastYear);
        if (last < first)
        {
            throw Validation.Fail(nameof(CreatePlanCommand.LastYear), "The last year must be the same as or after the first year");
        }

        var plan = new ImprovementPlan { OrganisationId = organisation.Id, Title = CleanText.SingleLine(command.Title)!, FirstYear = first, LastYear = last };
        var existing = await db.ImprovementPlans.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
            .Select(p => new { p.Title, p.FirstYear, p.LastYear }).ToListAsync(cancellationToken);
        if (existing.Any(p => new ImprovementPlan { Title = p.Title, FirstYear = p.FirstYear, LastYear = p.LastYear }.Slug == plan.Slug))
        {
            throw Validation.Fail(nameof(CreatePlanCommand.FirstYear), $"{organisation.ShortName} already has a plan for {plan.Period}");
        }

        db.ImprovementPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return $"/improvement/{organisation.Code.ToLowerInvariant()}/{plan.Slug}";
    }
}
