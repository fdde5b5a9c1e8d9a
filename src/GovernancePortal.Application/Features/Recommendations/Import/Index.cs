using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Import;

/// <summary>
/// Upload a file of external recommendations (CSV or XLSX) for an organisation (/recommendations/{org}/import); its
/// mapping, dry run and confirmation follow (<see cref="RecommendationImportPreview"/>).
/// </summary>
public static class RecommendationImportUpload
{
    /// <summary>The organisation and its recommendation imports not yet imported or discarded.</summary>
    public sealed record Query(string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record PendingImport(int Id, string FileName, ImportStatus Status, string UploadedByName, DateTime UploadedAtUtc);

    public sealed record View(string OrganisationCode, string OrganisationShortName, IReadOnlyList<PendingImport> Pending);

    public sealed class QueryHandler(GovernancePortalDbContext db) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var open = new[] { ImportStatus.Uploaded, ImportStatus.Checking, ImportStatus.Checked, ImportStatus.Importing };
            var pending = await db.ImportBatches.AsNoTracking()
                .Where(b => b.Kind == ImportKind.Recommendations && b.OrganisationId == organisation.Id && open.Contains(b.Status))
                .OrderByDescending(b => b.Id).Take(20)
                .Select(b => new PendingImport(b.Id, b.FileName, b.Status, b.UploadedByName, b.UploadedAtUtc))
                .ToListAsync(cancellationToken);
            return new View(organisation.Code, organisation.ShortName, pending);
        }
    }

    /// <summary>
    /// Stores an uploaded CSV or XLSX file as an import batch of recommendations for the organisation, after checking
    /// that its content really is one and can be read as a table. Nothing reaches the register until the user confirms.
    /// </summary>
    public sealed record Command(string Organisation, string? FileName, long Length, byte[]? Content) : ICommand<int>, IOrganisationScoped, IImportFile
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => Include(new ImportFileValidator());
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var content = command.Content ?? [];
            var table = ImportGuards.ReadUpload(command.FileName, content, ImportFileValidator.FileField, RecommendationImportMapping.Read, "recommendations");
            var name = CleanText.SingleLine(Path.GetFileName(command.FileName));
            var batch = new ImportBatch
            {
                OrganisationId = organisation.Id,
                Kind = ImportKind.Recommendations,
                FileName = name.Length > ImportBatch.FileNameMaxLength ? name[..ImportBatch.FileNameMaxLength] : name,
                Content = content,
                Mapping = RecommendationImportMapping.Guess(table.Headings).ToJson(),
                Status = ImportStatus.Uploaded,
                TotalRows = table.Rows.Count,
                UploadedByUserId = user.UserId,
                UploadedByName = await UserDisplayName.OfAsync(db, user, cancellationToken),
                UploadedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            return batch.Id;
        }
    }
}
