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
public sealed record GetImprovementAreaFormQuery(int PlanId, int? AreaId = null) : IQuery<ImprovementAreaForm>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
}

public sealed record ImprovementAreaForm(
    int PlanId,
    string PlanTitle,
    string OrganisationCode,
    string PlanSlug,
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

public sealed class GetImprovementAreaFormHandler(GovernancePortalDbContext db) : IQueryHandler<GetImprovementAreaFormQuery, ImprovementAreaForm>
{
    public async ValueTask<ImprovementAreaForm> Handle(GetImprovementAreaFormQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
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
            plan.Organisation!.Code,
            plan.Slug,
            plan.Organisation.ShortName,
            current,
            [.. people.Select(p => (p.Id, p.DisplayName))],
            [.. principles.Select(p => (p.Id, $"{p.Code}: {p.Title}"))],
            [.. areas.Select(a => (a.Id, $"{a.Reference} {a.Title}"))]);
    }
}

/// <summary>The area form's fields, shared by adding an area (<see cref="AddImprovementArea"/>) and changing one (<see cref="EditImprovementArea"/>).</summary>
public abstract record AreaFields
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public ImprovementTier? Tier { get; set; } = ImprovementTier.Standard;

    public string? Aim { get; set; }

    public string? MainIssue { get; set; }

    public string? Monitoring { get; set; }

    public int? PrincipleId { get; set; }

    public List<int> LeadIds { get; set; } = [];

    public List<int> GovernanceAreaIds { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>The rules of the area form, for the validators of <see cref="AddImprovementArea"/> and <see cref="EditImprovementArea"/>.</summary>
internal static class AreaFieldRules
{
    public static void Add<T>(UseCaseValidator<T> validator)
        where T : AreaFields
    {
        validator.RuleForCleaned(c => c.Code, CleanText.OptionalLine).MaximumLength(TextLimits.Code).WithMessage($"The code must be {TextLimits.Code} characters or fewer");
        validator.RuleForCleaned(c => c.Title, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the area's title")
            .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
        validator.RuleFor(c => c.Tier).NotNull().WithMessage("Choose whether this is a priority area");
        validator.RuleForCleaned(c => c.Aim, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"The aim must be {TextLimits.MediumText:N0} characters or fewer");
        validator.RuleForCleaned(c => c.MainIssue, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"The main issue must be {TextLimits.MediumText:N0} characters or fewer");
        validator.RuleForCleaned(c => c.Monitoring, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"Monitoring must be {TextLimits.MediumText:N0} characters or fewer");
    }
}

/// <summary>Adds an improvement area to a plan (no area id) or changes one.</summary>
internal static class AreaSaving
{
    public static async Task<int> SaveAsync(GovernancePortalDbContext db, int planId, int? areaId, AreaFields fields, CancellationToken cancellationToken)
    {
        var area = await PrepareAsync(db, planId, areaId, fields, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return area.Id;
    }

    /// <summary>Adds or changes the area without saving, so a caller can save it with records of its own in one transaction.</summary>
    public static async Task<ImprovementArea> PrepareAsync(GovernancePortalDbContext db, int planId, int? areaId, AreaFields fields, CancellationToken cancellationToken)
    {
        var plan = await db.ImprovementPlans.Include(p => p.Organisation).Include(p => p.Areas)
            .SingleOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement plan.");
        var code = CleanText.OptionalLine(fields.Code)?.ToUpperInvariant();
        if (code is not null && plan.Areas.Any(a => a.Id != (areaId ?? 0) && string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            throw Validation.Fail(nameof(AreaFields.Code), $"{code} is already an area of this plan");
        }

        var leads = await db.People.Where(p => fields.LeadIds.Contains(p.Id) && p.OrganisationId == plan.OrganisationId).ToListAsync(cancellationToken);
        var governanceAreas = await db.GovernanceAreas.Where(a => fields.GovernanceAreaIds.Contains(a.Id) && a.OrganisationId == plan.OrganisationId).ToListAsync(cancellationToken);
        if (leads.Count != fields.LeadIds.Distinct().Count() || governanceAreas.Count != fields.GovernanceAreaIds.Distinct().Count())
        {
            throw Validation.Fail(string.Empty, $"Choose leads and governance areas of {plan.Organisation!.ShortName} only");
        }

        if (fields.PrincipleId is { } principleId && !await db.Principles.AnyAsync(p => p.Id == principleId && p.OrganisationId == plan.OrganisationId, cancellationToken))
        {
            throw Validation.Fail(nameof(AreaFields.PrincipleId), $"Choose a principle of {plan.Organisation!.ShortName}");
        }

        ImprovementArea area;
        if (areaId is { } existingId)
        {
            area = await db.ImprovementAreas.Include(a => a.Leads).Include(a => a.GovernanceAreas)
                .SingleOrDefaultAsync(a => a.Id == existingId && a.PlanId == plan.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement area in this plan.");
            db.ExpectVersion(area, fields.Version);
        }
        else
        {
            area = new ImprovementArea { Plan = plan, Title = string.Empty, Sequence = plan.Areas.Count == 0 ? 1 : plan.Areas.Max(a => a.Sequence) + 1 };
            plan.Areas.Add(area);
        }

        area.Code = code;
        area.Title = CleanText.SingleLine(fields.Title)!;
        area.Tier = fields.Tier!.Value;
        area.Aim = CleanText.Multiline(fields.Aim);
        area.MainIssue = CleanText.Multiline(fields.MainIssue);
        area.Monitoring = CleanText.Multiline(fields.Monitoring);
        area.PrincipleId = fields.PrincipleId;
        area.Leads = leads;
        area.GovernanceAreas = governanceAreas;
        return area;
    }
}
