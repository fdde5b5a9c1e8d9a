using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Areas;

/// <summary>An improvement area as its form shows it, with the choices: the organisation's people, principles and governance areas.</summary>
public sealed record GetImprovementAreaFormQuery(int PlanId, int? AreaId = null) : IQuery<ImprovementAreaForm>;

public sealed record ImprovementAreaForm(
    int PlanId,
    string PlanTitle,
    string PlanUrl,
    string OrganisationName,
    ImprovementAreaValues? Current,
    IReadOnlyList<(int Id, string Text)> People,
    IReadOnlyList<(int Id, string Text)> Principles,
    IReadOnlyList<(int Id, string Text)> GovernanceAreas);

public sealed record ImprovementAreaValues(
    int Id,
    string? Code,
    string Title,
    ImprovementTier Tier,
    string? Aim,
    string? MainIssue,
    string? Monitoring,
    int? PrincipleId,
    IReadOnlyList<int> LeadIds,
    IReadOnlyList<int> GovernanceAreaIds,
    Guid Version);

public sealed class GetImprovementAreaFormHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetImprovementAreaFormQuery, ImprovementAreaForm>
{
    public async ValueTask<ImprovementAreaForm> Handle(GetImprovementAreaFormQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, plan.Organisation!.Code);
        ImprovementAreaValues? current = null;
        if (query.AreaId is { } areaId)
        {
            var area = await db.ImprovementAreas.AsNoTracking().Include(a => a.Leads).Include(a => a.GovernanceAreas)
                .SingleOrDefaultAsync(a => a.Id == areaId && a.PlanId == plan.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement area in this plan.");
            current = new ImprovementAreaValues(area.Id, area.Code, area.Title, area.Tier, area.Aim, area.MainIssue, area.Monitoring, area.PrincipleId,
                [.. area.Leads.Select(l => l.Id)], [.. area.GovernanceAreas.Select(g => g.Id)], area.Version);
        }

        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == plan.OrganisationId && !p.IsArchived)
            .OrderBy(p => p.JobTitle).ToListAsync(cancellationToken);
        var principles = await db.Principles.AsNoTracking().Where(p => p.OrganisationId == plan.OrganisationId)
            .OrderBy(p => p.SortOrder).Select(p => new { p.Id, p.Code, p.Title }).ToListAsync(cancellationToken);
        var areas = await db.GovernanceAreas.AsNoTracking().Where(a => a.OrganisationId == plan.OrganisationId && !a.IsArchived)
            .OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Reference, a.Title }).ToListAsync(cancellationToken);
        return new ImprovementAreaForm(
            plan.Id,
            plan.Title,
            $"/improvement/{plan.Organisation.Code.ToLowerInvariant()}/{plan.Slug}",
            plan.Organisation.ShortName,
            current,
            [.. people.Select(p => (p.Id, p.DisplayName))],
            [.. principles.Select(p => (p.Id, $"{p.Code}: {p.Title}"))],
            [.. areas.Select(a => (a.Id, $"{a.Reference} {a.Title}"))]);
    }
}

/// <summary>Adds an improvement area to a plan (AreaId null) or changes one.</summary>
public sealed record SaveImprovementAreaCommand(
    int PlanId,
    int? AreaId,
    string? Code,
    string? Title,
    ImprovementTier? Tier,
    string? Aim,
    string? MainIssue,
    string? Monitoring,
    int? PrincipleId,
    IReadOnlyList<int> LeadIds,
    IReadOnlyList<int> GovernanceAreaIds,
    Guid Version) : ICommand<int>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
}

public sealed class SaveImprovementAreaValidator : AbstractValidator<SaveImprovementAreaCommand>
{
    public SaveImprovementAreaValidator()
    {
        this.RuleForCleaned(c => c.Code, CleanText.OptionalLine).MaximumLength(TextLimits.Code).WithMessage($"The code must be {TextLimits.Code} characters or fewer");
        this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the area's title")
            .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
        RuleFor(c => c.Tier).NotNull().WithMessage("Choose whether this is a priority area");
        this.RuleForCleaned(c => c.Aim, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"The aim must be {TextLimits.MediumText:N0} characters or fewer");
        this.RuleForCleaned(c => c.MainIssue, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"The main issue must be {TextLimits.MediumText:N0} characters or fewer");
        this.RuleForCleaned(c => c.Monitoring, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"Monitoring must be {TextLimits.MediumText:N0} characters or fewer");
    }
}

public sealed class SaveImprovementAreaHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<SaveImprovementAreaCommand, int>
{
    public async ValueTask<int> Handle(SaveImprovementAreaCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await db.ImprovementPlans.Include(p => p.Organisation).Include(p => p.Areas)
            .SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, plan.Organisation!.Code);
        var code = CleanText.OptionalLine(command.Code)?.ToUpperInvariant();
        if (code is not null && plan.Areas.Any(a => a.Id != (command.AreaId ?? 0) && string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            throw Validation.Fail(nameof(SaveImprovementAreaCommand.Code), $"{code} is already an area of this plan");
        }

        var leads = await db.People.Where(p => command.LeadIds.Contains(p.Id) && p.OrganisationId == plan.OrganisationId).ToListAsync(cancellationToken);
        var governanceAreas = await db.GovernanceAreas.Where(a => command.GovernanceAreaIds.Contains(a.Id) && a.OrganisationId == plan.OrganisationId).ToListAsync(cancellationToken);
        if (leads.Count != command.LeadIds.Distinct().Count() || governanceAreas.Count != command.GovernanceAreaIds.Distinct().Count())
        {
            throw Validation.Fail(string.Empty, $"Choose leads and governance areas of {plan.Organisation.ShortName} only");
        }

        if (command.PrincipleId is { } principleId && !await db.Principles.AnyAsync(p => p.Id == principleId && p.OrganisationId == plan.OrganisationId, cancellationToken))
        {
            throw Validation.Fail(nameof(SaveImprovementAreaCommand.PrincipleId), $"Choose a principle of {plan.Organisation.ShortName}");
        }

        ImprovementArea area;
        if (command.AreaId is { } areaId)
        {
            area = await db.ImprovementAreas.Include(a => a.Leads).Include(a => a.GovernanceAreas)
                .SingleOrDefaultAsync(a => a.Id == areaId && a.PlanId == plan.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement area in this plan.");
            ImprovementScope.ExpectVersion(db, area, command.Version);
        }
        else
        {
            area = new ImprovementArea { Plan = plan, Title = string.Empty, Sequence = plan.Areas.Count == 0 ? 1 : plan.Areas.Max(a => a.Sequence) + 1 };
            plan.Areas.Add(area);
        }

        area.Code = code;
        area.Title = CleanText.SingleLine(command.Title)!;
        area.Tier = command.Tier!.Value;
        area.Aim = CleanText.Multiline(command.Aim);
        area.MainIssue = CleanText.Multiline(command.MainIssue);
        area.Monitoring = CleanText.Multiline(command.Monitoring);
        area.PrincipleId = command.PrincipleId;
        area.Leads = leads;
        area.GovernanceAreas = governanceAreas;
        await db.SaveChangesAsync(cancellationToken);
        return area.Id;
    }
}

/// <summary>Records an area's progress assessment for a reporting period, as reported to the Audit Panel.</summary>
public sealed record AddAssessmentCommand(int AreaId, string? Period, DateOnly? AsAt, string? Assessment, string? Narrative) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImprovementArea(AreaId);
}

public sealed class AddAssessmentValidator : AbstractValidator<AddAssessmentCommand>
{
    public AddAssessmentValidator()
    {
        this.RuleForCleaned(c => c.Period, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the reporting period, for example “2019-20 interim update”")
            .MaximumLength(AreaAssessment.PeriodMaxLength).WithMessage($"The period must be {AreaAssessment.PeriodMaxLength} characters or fewer");
        RuleFor(c => c.AsAt).NotNull().WithMessage("Enter the date of the assessment as a real date, for example 8 1 2020");
        this.RuleForCleaned(c => c.Assessment, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the assessment, for example “good progress”")
            .MaximumLength(AreaAssessment.AssessmentMaxLength).WithMessage($"The assessment must be {AreaAssessment.AssessmentMaxLength} characters or fewer");
        this.RuleForCleaned(c => c.Narrative, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"The narrative must be {TextLimits.MediumText:N0} characters or fewer");
    }
}

public sealed class AddAssessmentHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<AddAssessmentCommand>
{
    public async ValueTask<Unit> Handle(AddAssessmentCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var area = await db.ImprovementAreas.Include(a => a.Plan!).ThenInclude(p => p.Organisation)
            .SingleOrDefaultAsync(a => a.Id == command.AreaId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement area.");
        AccessMatrix.Demand(user, Permission.ManageImprovementPlan, area.Plan!.Organisation!.Code);
        db.AreaAssessments.Add(new AreaAssessment
        {
            AreaId = area.Id,
            Period = CleanText.SingleLine(command.Period)!,
            AsAt = command.AsAt,
            Assessment = CleanText.SingleLine(command.Assessment)!,
            Narrative = CleanText.Multiline(command.Narrative),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
