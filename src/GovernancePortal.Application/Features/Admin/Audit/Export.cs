using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Audit;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Audit;

/// <summary>
/// /admin/audit/export: the same rows as the audit log for the same filters, all of them (up to
/// <see cref="AuditLogFilterRules.ExportLimit"/>), as a CSV file (UTF-8 with BOM, formula-safe cells).
/// </summary>
public static class ExportAuditEntries
{
    public sealed record Query(
        string? From = null, string? To = null, string? User = null, string? Type = null, string? Action = null, string? Key = null)
        : IQuery<byte[]>, IAuditLogFilter;

    public sealed class Validator : UseCaseValidator<Query>
    {
        public Validator() => AuditLogFilterRules.Apply(this);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser currentUser) : IQueryHandler<Query, byte[]>
    {
        public static IReadOnlyList<string> Header { get; } =
            ["When (London)", "When (UTC)", "User", "User id", "Record type", "Record key", "Action", "Changes"];

        public async ValueTask<byte[]> Handle(Query query, CancellationToken cancellationToken)
        {
            AuditLogFilterRules.DemandAuditLog(currentUser);
            var visibility = await AuditVisibility.ForAsync(db, currentUser, cancellationToken);
            var csv = new CsvWriter().WriteRow(Header);
            await foreach (var a in AuditLogFilterRules.Filter(db, query, visibility).Take(AuditLogFilterRules.ExportLimit).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                csv.WriteRow(
                    AuditDisplay.Timestamp(a.OccurredAtUtc),
                    a.OccurredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    a.UserName,
                    a.UserId,
                    AuditNames.RecordType(a.EntityType),
                    a.EntityKey,
                    AuditDisplay.Verb(a.Action),
                    AuditNames.Describe(a.EntityType, a.Action, a.Changes));
            }

            return csv.ToBytes();
        }
    }
}
