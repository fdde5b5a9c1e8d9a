using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Templates;

/// <summary>Look-ups shared by the template use cases.</summary>
internal static class TemplateRules
{
    public const string ConflictMessage =
        "Someone else changed this template after you opened the page. It is shown as it is now; your change has not been saved.";

    public static PaperKind ParseKind(string? kind) =>
        Enum.TryParse<PaperKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _)
            ? parsed
            : throw new NotFoundException("There is no such kind of paper.");

    /// <summary>The template, tracked with its sections: 404 when the organisation has none for the kind; a conflict unless still at <paramref name="version"/>.</summary>
    public static async Task<PaperTemplate> LoadAsync(GovernancePortalDbContext db, int organisationId, PaperKind kind, Guid version, CancellationToken cancellationToken)
    {
        var template = await db.PaperTemplates.Include(t => t.Sections)
            .SingleOrDefaultAsync(t => t.OrganisationId == organisationId && t.Kind == kind, cancellationToken)
            ?? throw new NotFoundException("The organisation has no template for this kind of paper.");
        db.ExpectVersion(template, version, ConflictMessage, () => new Dictionary<string, string?>
        {
            ["Sections"] = string.Join("; ", template.OrderedSections.Select(s => string.IsNullOrEmpty(s.Code) ? s.Heading : $"{s.Code} {s.Heading}")),
        });
        return template;
    }

    public static TemplateSection Section(PaperTemplate template, int sectionId) =>
        template.Sections.SingleOrDefault(s => s.Id == sectionId) ?? throw new NotFoundException("There is no such section in this template.");
}
