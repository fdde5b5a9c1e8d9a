using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Areas;

/// <summary>The fields of the area form, shared by the create and edit pages.</summary>
public interface IAreaFields
{
    string? Reference { get; }

    string? Title { get; }

    string? Description { get; }

    int? PrincipleId { get; }

    IReadOnlyCollection<int> LeadIds { get; }

    string? CommitmentsLeadIn { get; }
}

/// <summary>What the area form offers: the organisation's principles and the people who can lead an area.</summary>
public sealed record AreaFormChoices(string Slug, string OrganisationShortName, IReadOnlyList<(int Id, string Text)> Principles, IReadOnlyList<(int Id, string Text)> People);

/// <summary>The area form as the create and edit pages bind it (<see cref="Version"/> only when editing).</summary>
public sealed class AreaForm
{
    public string? Reference { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public int? PrincipleId { get; set; }

    public List<int> LeadIds { get; set; } = [];

    public string? CommitmentsLeadIn { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>The area form's rules, its choices, and writing its fields to an area.</summary>
public static class AreaFields
{
    public static void AddRules<T>(UseCaseValidator<T> validator)
        where T : IAreaFields
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => CleanText.SingleLine(x.Reference)).NotEmpty().WithMessage("Enter the area's number, like 15 or 4.8")
            .MaximumLength(GovernanceArea.ReferenceMaxLength).WithMessage($"Number must be {GovernanceArea.ReferenceMaxLength} characters or fewer")
            .Matches(@"^[0-9A-Za-z][0-9A-Za-z.\-]*$").WithMessage("Number must contain only letters, digits, full stops and hyphens, like 4.8")
            .OverridePropertyName(nameof(IAreaFields.Reference));
        validator.RuleFor(x => CleanText.SingleLine(x.Title)).NotEmpty().WithMessage("Enter the area's title")
            .MaximumLength(TextLimits.Title).WithMessage($"Title must be {TextLimits.Title} characters or fewer")
            .OverridePropertyName(nameof(IAreaFields.Title));
        validator.RuleFor(x => CleanText.Multiline(x.Description)).NotEmpty().WithMessage("Enter what the area covers")
            .MaximumLength(TextLimits.MediumText).WithMessage($"Description must be {TextLimits.MediumText} characters or fewer")
            .OverridePropertyName(nameof(IAreaFields.Description));
        validator.RuleFor(x => x.PrincipleId).NotNull().WithMessage("Select the principle the area sits under");
        validator.RuleFor(x => CleanText.SingleLine(x.CommitmentsLeadIn)).MaximumLength(TextLimits.Title)
            .WithMessage($"Lead-in must be {TextLimits.Title} characters or fewer").OverridePropertyName(nameof(IAreaFields.CommitmentsLeadIn));
    }

    public static async Task<AreaFormChoices> ChoicesAsync(GovernancePortalDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var principles = await db.Principles.AsNoTracking().Where(p => p.OrganisationId == organisation.Id).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Code, p.Title }).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisation.Id && !p.IsArchived).ToListAsync(cancellationToken);
        return new AreaFormChoices(
            FrameworkScope.Slug(organisation),
            organisation.ShortName,
            [.. principles.Select(p => (p.Id, $"{p.Code}: {p.Title}"))],
            [.. people.OrderBy(p => p.JobTitle, StringComparer.OrdinalIgnoreCase).Select(p => (p.Id, p.DisplayName))]);
    }

    /// <summary>
    /// Writes the form to <paramref name="area"/> (new or loaded with its leads), after checking what only the database
    /// knows: the number is free in the organisation, and the principle and leads are the organisation's.
    /// </summary>
    public static async Task ApplyAsync(GovernancePortalDbContext db, Organisation organisation, GovernanceArea area, IAreaFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(fields);
        var reference = CleanText.SingleLine(fields.Reference);
        if (await db.GovernanceAreas.AnyAsync(a => a.OrganisationId == organisation.Id && a.Reference == reference && a.Id != area.Id, cancellationToken))
        {
            throw Validation.Fail(nameof(IAreaFields.Reference), $"{organisation.ShortName} already has an area numbered {reference}");
        }

        var principle = await db.Principles.SingleOrDefaultAsync(p => p.Id == fields.PrincipleId && p.OrganisationId == organisation.Id, cancellationToken)
            ?? throw Validation.Fail(nameof(IAreaFields.PrincipleId), "Select the principle the area sits under");
        var leadIds = fields.LeadIds ?? [];
        var leads = await db.People.Where(p => p.OrganisationId == organisation.Id && leadIds.Contains(p.Id)).ToListAsync(cancellationToken);
        if (leads.Count != leadIds.Distinct().Count())
        {
            throw Validation.Fail(nameof(IAreaFields.LeadIds), "Select leads from the list");
        }

        area.Renumber(reference);
        area.Title = CleanText.SingleLine(fields.Title);
        area.Description = CleanText.Multiline(fields.Description);
        area.Principle = principle;
        area.CommitmentsLeadIn = CleanText.OptionalLine(fields.CommitmentsLeadIn);
        area.SeniorLeads.RemoveAll(l => !leadIds.Contains(l.Id));
        area.SeniorLeads.AddRange(leads.Where(l => area.SeniorLeads.All(existing => existing.Id != l.Id)));
    }
}
