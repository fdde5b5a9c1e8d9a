using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// Shared by the papers' drafting use cases: loads a paper for a change expecting the version the user's form was read
/// at, records the change as the paper's next version, and gives every paper page its heading. Who may change it was
/// checked before the handler ran.
/// </summary>
public static class PaperEdits
{
    public const string ConflictMessage =
        "Someone else changed this paper after you opened the page. Check it as it is now, then try again: what you typed is still below.";

    /// <summary>The paper with everything composing it needs, tracked; 404 when there is none.</summary>
    public static async Task<Paper> LoadAsync(GovernancePortalDbContext db, int paperId, CancellationToken cancellationToken) =>
        await PaperComposer.LoadAsync(db, paperId, cancellationToken) ?? throw new NotFoundException("There is no such paper.");

    /// <summary>The paper, expected at <paramref name="version"/> (a conflict otherwise).</summary>
    public static async Task<Paper> ForChangeAsync(GovernancePortalDbContext db, int paperId, Guid version, CancellationToken cancellationToken, Func<Paper, IReadOnlyDictionary<string, string?>>? currentValues = null)
    {
        var paper = await LoadAsync(db, paperId, cancellationToken);
        db.ExpectVersion(paper, version, ConflictMessage, currentValues is null ? null : () => currentValues(paper));
        return paper;
    }

    /// <summary>The section of the paper, or 404.</summary>
    public static PaperSection Section(Paper paper, int sectionId)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.Sections.SingleOrDefault(s => s.Id == sectionId) ?? throw new NotFoundException("There is no such section in this paper.");
    }

    /// <summary>Records the paper's new state as its next version and saves, in one transaction (audited with it).</summary>
    public static async Task SaveWithVersionAsync(GovernancePortalDbContext db, PaperComposer composer, Paper paper, string change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(composer);
        await composer.RecordVersionAsync(paper, change, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A paper's heading on its pages.</summary>
    public static async Task<PaperHeading> HeadingAsync(GovernancePortalDbContext db, int paperId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Papers.AsNoTracking().Where(p => p.Id == paperId)
            .Select(p => new PaperHeading(p.Id, p.Organisation!.Code, p.Organisation.ShortName, p.Kind, p.Year, p.Title, p.Status, p.Revision, p.Version))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such paper.");
    }

    public static PaperHeading Heading(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var organisation = paper.Organisation ?? throw new InvalidOperationException("Load the paper with its organisation.");
        return new PaperHeading(paper.Id, organisation.Code, organisation.ShortName, paper.Kind, paper.Year, paper.Title, paper.Status, paper.Revision, paper.Version);
    }
}

/// <summary>What every paper page shows above its content.</summary>
public sealed record PaperHeading(int Id, string OrganisationCode, string OrganisationShortName, PaperKind Kind, ReportingYear Year, string Title, PaperStatus Status, int Revision, Guid Version)
{
    public string Slug => OrganisationCode.ToLowerInvariant();

    public bool IsEditable => Status is PaperStatus.Draft or PaperStatus.InReview;
}
