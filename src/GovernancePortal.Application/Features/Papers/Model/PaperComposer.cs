using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>
/// Builds the <see cref="PaperDocument"/> of a paper: each section's own text (paragraphs numbered where the section says
/// so), then what its <see cref="SectionContent"/> generates from live data of the paper's organisation and year.
/// </summary>
public sealed class PaperComposer(GovernancePortalDbContext db, TimeProvider time)
{
    /// <summary>The paper with everything composing it needs (organisation, sections, signatories, control table, appendices, comments), tracked.</summary>
    public static Task<Paper?> LoadAsync(GovernancePortalDbContext db, int paperId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<PaperDocument> ComposeAsync(Paper paper, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"{db.ContextId} {time.GetUtcNow()}");

    /// <summary>A cover report with its appendices composed after it; any other paper on its own.</summary>
    public Task<PaperPack> ComposePackAsync(Paper paper, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Composes the paper as it now stands and records it as the next version (the caller saves).</summary>
    public Task<PaperVersion> RecordVersionAsync(Paper paper, string change, Actor actor, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
