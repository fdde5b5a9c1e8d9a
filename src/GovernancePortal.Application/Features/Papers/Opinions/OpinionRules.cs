using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Opinions;

/// <summary>Look-ups shared by the audit opinion use cases.</summary>
internal static class OpinionRules
{
    public const string ConflictMessage =
        "Someone else changed this audit opinion after you opened the page. Its saved version is shown below; your changes have not been saved.";

    /// <summary>"2024-25", the year as it appears in addresses.</summary>
    public static string Slug(ReportingYear year) => year.ToString().Replace('/', '-');

    public static ReportingYear ParseYear(string? slug) =>
        ReportingYear.TryParse(slug, out var year) ? year : throw new NotFoundException("That is not a reporting year.");

    /// <summary>The opinion with its recommendations, tracked: 404 unless the organisation's; a conflict unless still at <paramref name="version"/>.</summary>
    public static async Task<AuditOpinion> LoadAsync(GovernancePortalDbContext db, int organisationId, int opinionId, Guid version, CancellationToken cancellationToken)
    {
        var opinion = await db.AuditOpinions.Include(o => o.Recommendations)
            .SingleOrDefaultAsync(o => o.Id == opinionId && o.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException("There is no such audit opinion for this organisation.");
        ExpectVersion(db, opinion, version);
        return opinion;
    }

    public static void ExpectVersion(GovernancePortalDbContext db, AuditOpinion opinion, Guid version) =>
        db.ExpectVersion(opinion, version, ConflictMessage, () => new Dictionary<string, string?>
        {
            ["Level of assurance"] = SectionContentText.Level(opinion.Level),
            ["Opinion"] = opinion.Opinion,
            ["Given by"] = opinion.GivenBy,
            ["Given on"] = LongDate.Of(opinion.GivenOn),
            ["Basis"] = opinion.Basis,
            ["Recommendations"] = string.Join("; ", opinion.OrderedRecommendations.Select(r => $"{r.Number} ({SectionContentText.Priority(r.Priority)})")),
        });

    public static IRuleBuilderOptions<T, TEnum?> IsOneOf<T, TEnum>(IRuleBuilder<T, TEnum?> rule, string message)
        where TEnum : struct, Enum =>
        rule.NotNull().WithMessage(message).Must(v => v is null || Enum.IsDefined(v.Value)).WithMessage(message);
}
