using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Sections;

/// <summary>A governance area a section can be about.</summary>
public sealed record AreaOption(int Id, string Name);

/// <summary>The fields of a section's form and their rules, shared by adding and editing a section.</summary>
public static class SectionFields
{
    public static void Rules<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> title, System.Linq.Expressions.Expression<Func<T, string?>> guidance)
    {
        validator.RuleForCleaned(title, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the section's title")
            .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
        validator.RuleForCleaned(guidance, CleanText.Multiline)
            .MaximumLength(TextLimits.MediumText).WithMessage($"The guidance must be {TextLimits.MediumText:N0} characters or fewer");
    }

    /// <summary>The organisation's governance areas (not archived), in reference order.</summary>
    public static async Task<IReadOnlyList<AreaOption>> AreasAsync(GovernancePortalDbContext db, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisationId = await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId).Select(s => s.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        var areas = await db.GovernanceAreas.AsNoTracking().Where(a => a.OrganisationId == organisationId && !a.IsArchived)
            .Select(a => new { a.Id, a.Reference, a.Title, a.SortOrder }).ToListAsync(cancellationToken);
        return [.. areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Reference, StringComparer.Ordinal).Select(a => new AreaOption(a.Id, $"{a.Reference}. {a.Title}"))];
    }

    /// <summary>The area chosen on the form: one of the survey's organisation's, or a field error.</summary>
    public static async Task<int?> AreaAsync(GovernancePortalDbContext db, int organisationId, int? areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (areaId is null)
        {
            return null;
        }

        return await db.GovernanceAreas.AnyAsync(a => a.Id == areaId && a.OrganisationId == organisationId, cancellationToken)
            ? areaId
            : throw Validation.Fail("GovernanceAreaId", "Select a governance area from the list");
    }

    public static string? Optional(string? guidance) => CleanText.Multiline(guidance) is { Length: > 0 } text ? text : null;
}
