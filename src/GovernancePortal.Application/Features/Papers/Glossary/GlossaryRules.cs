using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Glossary;

/// <summary>Validation and look-ups shared by the glossary's create and edit use cases.</summary>
internal static class GlossaryRules
{
    public const string ConflictMessage =
        "Someone else changed this acronym after you opened the page. Their version is shown below; your changes have not been saved.";

    public static void Acronym<T>(UseCaseValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleForCleaned(property, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the acronym")
            .MaximumLength(GlossaryEntry.AcronymMaxLength).WithMessage($"The acronym must be {GlossaryEntry.AcronymMaxLength} characters or fewer")
            .Must(a => !a.Any(char.IsWhiteSpace)).WithMessage("Enter the acronym as one word, without spaces, for example FoIA");

    public static void Definition<T>(UseCaseValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleForCleaned(property, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter what the acronym stands for")
            .MaximumLength(GlossaryEntry.DefinitionMaxLength).WithMessage($"The definition must be {GlossaryEntry.DefinitionMaxLength} characters or fewer");

    /// <summary>
    /// An acronym is in an organisation's glossary once. It is kept exactly as typed ("FoIA") and papers are checked
    /// against it as typed, but "FOIA" beside "FoIA" would only confuse readers, so the check ignores capitals.
    /// </summary>
    public static async Task EnsureFreeAsync(GovernancePortalDbContext db, int organisationId, string acronym, int? exceptId, CancellationToken cancellationToken)
    {
        var upper = acronym.ToUpperInvariant();
        var taken = await db.GlossaryEntries.AsNoTracking()
            .Where(g => g.OrganisationId == organisationId && g.Id != exceptId && g.Acronym.ToUpper() == upper)
            .Select(g => g.Acronym).FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            throw Validation.Fail("Acronym", $"{taken} is already in the glossary: change its definition there instead");
        }
    }

    /// <summary>The entry, tracked: 404 unless the organisation's; a conflict unless still at <paramref name="version"/>.</summary>
    public static async Task<GlossaryEntry> LoadAsync(GovernancePortalDbContext db, int organisationId, int id, Guid version, CancellationToken cancellationToken)
    {
        var entry = await db.GlossaryEntries.SingleOrDefaultAsync(g => g.Id == id && g.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException("There is no such acronym in this organisation's glossary.");
        db.ExpectVersion(entry, version, ConflictMessage, () => new Dictionary<string, string?>
        {
            ["Acronym"] = entry.Acronym,
            ["Definition"] = entry.Definition,
        });
        return entry;
    }
}
