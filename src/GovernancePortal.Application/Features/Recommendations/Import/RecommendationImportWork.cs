using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Import;

/// <summary>
/// The steps of an import of recommendations, shared by the use cases and the background worker
/// (<see cref="ImportBatchWorker"/> dispatches on <see cref="ImportBatch.Kind"/>): the same flow as the improvement
/// import (<see cref="ImportWork"/>: inline check of a small file, chunks in the background for a large one, the
/// import as one audited SaveChanges) with the recommendations' own rows, checks and writes. It is all or nothing: a
/// file with any row in error imports nothing.
/// </summary>
public static class RecommendationImportWork
{
    /// <summary>The batch (tracked). The pipeline has already checked that the user manages its organisation's recommendations.</summary>
    public static async Task<ImportBatch> BatchAsync(GovernancePortalDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == id && b.Kind == ImportKind.Recommendations, cancellationToken)
            ?? throw new NotFoundException("There is no import of recommendations with this number.");
    }

    public static ImportTable Table(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return RecommendationImportMapping.Read(batch.Content);
    }

    public static RecommendationImportMapping Mapping(ImportBatch batch, ImportTable table)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(table);
        return RecommendationImportMapping.FromJson(batch.Mapping) ?? RecommendationImportMapping.Guess(table.Headings);
    }

    public static async Task<RecommendationImportContext> ContextAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sources = await db.RecommendationSources.AsNoTracking().Where(s => s.OrganisationId == organisationId).Select(s => s.Name).ToListAsync(cancellationToken);
        var themes = await db.RecommendationThemes.AsNoTracking().Where(t => t.OrganisationId == organisationId).Select(t => t.Name).ToListAsync(cancellationToken);
        var reports = await db.SourceReports.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .Select(r => new ExistingReport(r.Id, r.Source!.Name, r.Title, r.PublishedOn)).ToListAsync(cancellationToken);
        var references = await db.Recommendations.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .Select(r => new { r.ReportId, r.Reference }).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .Select(p => new { p.Id, p.JobTitle, p.FullName, p.IsArchived }).ToListAsync(cancellationToken);
        return new RecommendationImportContext(
            sources.Count == 0 ? RecommendationSource.Defaults : sources,
            sources.Count == 0,
            themes,
            reports,
            references.GroupBy(r => r.ReportId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Reference).ToHashSet(StringComparer.OrdinalIgnoreCase)),
            [.. people.Select(p => new ImportPerson(p.Id, p.JobTitle, p.FullName, string.IsNullOrWhiteSpace(p.FullName) ? p.JobTitle : $"{p.FullName} ({p.JobTitle})", p.IsArchived))]);
    }

    /// <summary>Checks the next chunk of a batch that is being checked (changes the batch; the caller saves).</summary>
    public static async Task CheckNextChunkAsync(GovernancePortalDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Status != ImportStatus.Checking)
        {
            return;
        }

        var table = Table(batch);
        var context = await ContextAsync(db, batch.OrganisationId, cancellationToken);
        var checker = new RecommendationImportChecker(table, Mapping(batch, table), context);
        var results = checker.Check(batch.ProcessedRows, ImportWork.ChunkSize);
        var report = (RecommendationImportReport.FromJson(batch.Report) ?? new RecommendationImportReport { Rows = table.Rows.Count }).Add(results, context);
        ImportGuards.RecordChunk(batch, results.Count, table.Rows.Count, report.RowsWithErrors, report.ToJson());
    }

    /// <summary>
    /// Writes the recommendations of a batch being imported, with the source bodies (the defaults first, for an
    /// organisation that has none), themes and reports they name that are new, and the batch marked imported, in one
    /// SaveChanges. The rows are checked again first: if the register has changed since the dry run so that any row is
    /// now in error, nothing is written and the batch goes back to the new report.
    /// </summary>
    public static async Task<bool> WriteAsync(GovernancePortalDbContext db, ImportBatch batch, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Status != ImportStatus.Importing)
        {
            return false;
        }

        var table = Table(batch);
        var context = await ContextAsync(db, batch.OrganisationId, cancellationToken);
        var results = new RecommendationImportChecker(table, Mapping(batch, table), context).Check(0, table.Rows.Count);
        var fresh = new RecommendationImportReport { Rows = table.Rows.Count }.Add(results, context);
        if (fresh.RowsWithErrors > 0 || fresh.WouldAdd == 0)
        {
            batch.Status = ImportStatus.Checked;
            batch.ProcessedRows = table.Rows.Count;
            batch.ErrorCount = fresh.RowsWithErrors;
            batch.Report = fresh.ToJson();
            return false;
        }

        var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
        var organisationId = batch.OrganisationId;
        var sources = await EnsureSourcesAsync(db, organisationId, cancellationToken);
        var themes = await db.RecommendationThemes.Where(t => t.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var reports = await db.SourceReports.Include(r => r.Source).Where(r => r.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var planned in results.Select(r => r.Recommendation!))
        {
            var source = sources.FirstOrDefault(s => string.Equals(s.Name, planned.Source, StringComparison.OrdinalIgnoreCase));
            if (source is null)
            {
                source = new RecommendationSource { OrganisationId = organisationId, Name = planned.Source, SortOrder = NextOrder(sources.Select(s => s.SortOrder)) };
                sources.Add(source);
                db.RecommendationSources.Add(source);
            }

            var report = reports.FirstOrDefault(r => r.Source == source && string.Equals(r.Title, planned.ReportTitle, StringComparison.OrdinalIgnoreCase) && r.PublishedOn == planned.ReportDate);
            if (report is null)
            {
                report = new SourceReport { OrganisationId = organisationId, Source = source, Title = planned.ReportTitle, PublishedOn = planned.ReportDate, Reference = planned.ReportReference };
                reports.Add(report);
                db.SourceReports.Add(report);
            }

            RecommendationTheme? theme = null;
            if (planned.Theme is { } themeName)
            {
                theme = themes.FirstOrDefault(t => string.Equals(t.Name, themeName, StringComparison.OrdinalIgnoreCase));
                if (theme is null)
                {
                    theme = new RecommendationTheme { OrganisationId = organisationId, Name = themeName, SortOrder = NextOrder(themes.Select(t => t.SortOrder)) };
                    themes.Add(theme);
                    db.RecommendationThemes.Add(theme);
                }
            }

            var details = new RecommendationDetails(
                planned.Reference, planned.Text, planned.Priority, theme?.Id is > 0 ? theme.Id : null, planned.Route, planned.DeliveryDetail,
                planned.OwnerId, planned.OwnerText, planned.DueDate);
            var recommendation = Recommendation.Raise(report, details, actor, planned.Status, planned.ClosedOn);
            recommendation.Theme = theme;
            recommendation.OriginalDueDate = planned.OriginalDueDate;
            report.Recommendations.Add(recommendation);
            db.Recommendations.Add(recommendation);
            count++;
        }

        batch.Status = ImportStatus.Imported;
        batch.ProcessedRows = table.Rows.Count;
        batch.CompletedAtUtc = actor.AtUtc;
        batch.Report = (fresh with { Imported = count }).ToJson();
        return true;
    }

    /// <summary>The organisation's source bodies (tracked), the defaults added (unsaved) to an organisation that has none yet.</summary>
    private static async Task<List<RecommendationSource>> EnsureSourcesAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var sources = await db.RecommendationSources.Where(s => s.OrganisationId == organisationId).ToListAsync(cancellationToken);
        if (sources.Count == 0)
        {
            sources.AddRange(Model.RecommendationLists.AddDefaultSources(db, organisationId));
        }

        return sources;
    }

    private static int NextOrder(IEnumerable<int> orders) => orders.DefaultIfEmpty(0).Max() + 1;
}
