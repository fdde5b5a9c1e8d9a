using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// A paper as a file (/papers/{id}/download/{format}): PDF, accessible HTML or Word. A cover report comes with its
/// appendices: the whole Audit Panel pack.
/// </summary>
public static class DownloadPaper
{
    public sealed record Query(int PaperId, PaperFormat Format) : IQuery<PaperFile>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    /// <summary>"pdf", "html" or "docx" as a format; null for anything else.</summary>
    public static PaperFormat? ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "pdf" => PaperFormat.Pdf,
        "html" => PaperFormat.Html,
        "docx" => PaperFormat.Docx,
        _ => null,
    };

    public sealed class Handler(GovernancePortalDbContext db, PaperComposer composer, TimeProvider time) : IQueryHandler<Query, PaperFile>
    {
        public async ValueTask<PaperFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var pack = await composer.ComposePackAsync(paper, cancellationToken);
            return PaperFiles.Render(pack, query.Format, time.GetUtcNow());
        }
    }
}
