using System.Globalization;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Improvement.Export;
using GovernancePortal.Application.Features.Recommendations.Import;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>
/// Every recommendation of an organisation as a CSV or XLSX file (/recommendations/{org}/export/{format}), with the
/// headings the import reads (so an exported register imports as it is), plus the RAG rating by the organisation's rule.
/// </summary>
public static class RecommendationExport
{
    public sealed record Query(string Organisation, ExportFormat Format) : IQuery<ExportFile>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>The columns, in order, with their widths in the workbook: the import's headings, then RAG.</summary>
    public static IReadOnlyList<XlsxColumn> Columns { get; } =
    [
        new("Source body", 22), new("Report title", 40), new("Report date", 13), new("Report reference", 16), new("Reference", 11),
        new("Recommendation", 70), new("Priority", 10), new("Theme", 24), new("Delivery route", 18), new("Programme", 26),
        new("Owner", 30), new("Original due date", 13), new("Due date", 13), new("Status", 20), new("Closed on", 13), new("RAG", 9),
    ];

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, ExportFile>
    {
        public async ValueTask<ExportFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = time.Today();
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.OrganisationId == organisation.Id)
                .Include(r => r.Report).ThenInclude(r => r!.Source).Include(r => r.Theme).Include(r => r.Owner)
                .ToListAsync(cancellationToken);
            var rows = recommendations
                .OrderBy(r => r.Report!.Source!.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Report!.PublishedOn).ThenBy(r => r.Report!.Title, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.Reference, StringComparer.OrdinalIgnoreCase)
                .Select(r => (IReadOnlyList<object?>)
                [
                    r.Report!.Source!.Name,
                    r.Report.Title,
                    r.Report.PublishedOn,
                    r.Report.Reference,
                    r.Reference,
                    r.Text,
                    r.Priority?.DisplayName(),
                    r.Theme?.Name,
                    r.DeliveryRoute?.DisplayName(),
                    r.DeliveryDetail,
                    r.Owner is null && r.OwnerText is null ? null : r.OwnerDisplay,
                    r.OriginalDueDate,
                    r.DueDate,
                    r.Status.DisplayName(),
                    r.ClosedOn,
                    r.RagOn(organisation.RagRule, today)?.ToString(),
                ]).ToList();
            var name = string.Create(CultureInfo.InvariantCulture, $"recommendations-{organisation.Code.ToLowerInvariant()}-{today:yyyy-MM-dd}");
            return ExportFiles.Build(name, "Recommendations", Columns, rows, query.Format);
        }
    }
}
