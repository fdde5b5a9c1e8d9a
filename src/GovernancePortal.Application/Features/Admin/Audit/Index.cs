using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Audit;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Audit;

/// <summary>
/// /admin/audit: one page (50 rows, newest first) of the whole audit trail, account events included, filtered by the
/// query string (<see cref="AuditLogFilterRules"/>).
/// </summary>
public static class ListAuditEntries
{
    public sealed record Query(
        string? From = null, string? To = null, string? User = null, string? Type = null, string? Action = null, string? Key = null, int Page = 1)
        : IQuery<Result>, IAuditLogFilter;

    /// <summary>The record types present in the audit trail, for the filter (also shown when the filters are wrong).</summary>
    public sealed record RecordTypesQuery : IQuery<IReadOnlyList<string>>;

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount, IReadOnlyList<string> Types);

    public sealed record Row(
        long Id, DateTime OccurredAtUtc, string? UserName, string? UserId, string EntityType, string EntityKey, AuditAction Action, string Changes)
    {
        /// <summary>The record's history page, for the kinds of record that have one: its slug and id (the page builds the link).</summary>
        public HistorySubjectKey? History => HistorySubjects.KeyFor(EntityType, EntityKey);
    }

    public sealed class Validator : UseCaseValidator<Query>
    {
        public Validator() => AuditLogFilterRules.Apply(this);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser currentUser)
        : IQueryHandler<Query, Result>, IQueryHandler<RecordTypesQuery, IReadOnlyList<string>>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            AuditLogFilterRules.DemandAuditLog(currentUser);
            var visibility = await AuditVisibility.ForAsync(db, currentUser, cancellationToken);
            var entries = AuditLogFilterRules.Filter(db, query, visibility);
            var total = await entries.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + AuditLogFilterRules.PageSize - 1) / AuditLogFilterRules.PageSize);
            var page = Math.Clamp(query.Page, 1, pageCount);
            var rows = await entries.Skip((page - 1) * AuditLogFilterRules.PageSize).Take(AuditLogFilterRules.PageSize)
                .Select(a => new Row(a.Id, a.OccurredAtUtc, a.UserName, a.UserId, a.EntityType, a.EntityKey, a.Action, a.Changes))
                .ToListAsync(cancellationToken);
            return new Result(rows, total, page, pageCount, await Handle(new RecordTypesQuery(), cancellationToken));
        }

        public async ValueTask<IReadOnlyList<string>> Handle(RecordTypesQuery query, CancellationToken cancellationToken)
        {
            AuditLogFilterRules.DemandAuditLog(currentUser);
            var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync(cancellationToken);
            return [.. types.Order(StringComparer.Ordinal)];
        }
    }
}
