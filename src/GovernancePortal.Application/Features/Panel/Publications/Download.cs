using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Publications;

/// <summary>
/// A published paper's file (/panel/publications/{id}/download/pdf|html|word): the bytes frozen when it was published,
/// never rendered again, with the SHA-256 taken then.
/// </summary>
public static class DownloadPublication
{
    public sealed record Query(int PublicationId, PublishedFormat Format) : IQuery<FrozenFile>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.Publication(PublicationId);
    }

    public sealed record FrozenFile(byte[] Content, string ContentType, string FileName, string Sha256);

    /// <summary>"pdf", "html" or "word" (any case) as a format; null for anything else.</summary>
    public static PublishedFormat? ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "pdf" => PublishedFormat.Pdf,
        "html" => PublishedFormat.Html,
        "word" => PublishedFormat.Word,
        _ => null,
    };

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, FrozenFile>
    {
        public async ValueTask<FrozenFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return await db.PublishedFiles.AsNoTracking()
                .Where(f => f.PublicationId == query.PublicationId && f.Format == query.Format)
                .Select(f => new FrozenFile(f.Content, f.ContentType, f.FileName, f.Sha256))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("That publication has no file in that format.");
        }
    }
}
