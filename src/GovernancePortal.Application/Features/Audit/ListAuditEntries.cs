using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Audit;

/// <summary>
/// The filters of the audit log: London dates (yyyy-mm-dd, both ends included), part of the user's name, the record
/// type, the action, and the record key.
/// </summary>
public interface IAuditLogFilter
{
    string? From { get; }

    string? To { get; }

    string? User { get; }

    string? Type { get; }

    string? Action { get; }

    string? Key { get; }
}

/// <summary>One page (50 rows, newest first) of the whole audit trail, account events included.</summary>
public sealed record ListAuditEntriesQuery(
    string? From = null, string? To = null, string? User = null, string? Type = null, string? Action = null, string? Key = null, int Page = 1)
    : IQuery<AuditLogPage>, IAuditLogFilter;

public sealed record AuditLogPage(IReadOnlyList<AuditLogRow> Rows, int Total, int Page, int PageCount, IReadOnlyList<string> Types);

public sealed record AuditLogRow(
    long Id, DateTime OccurredAtUtc, string? UserName, string? UserId, string EntityType, string EntityKey, AuditAction Action, string Changes)
{
    /// <summary>The record's history page, for the kinds of record that have one.</summary>
    public string? HistoryUrl => HistorySubjects.UrlFor(EntityType, EntityKey);
}

/// <summary>The same rows as the audit log, all of them, as a CSV file (UTF-8 with BOM).</summary>
public sealed record ExportAuditEntriesQuery(
    string? From = null, string? To = null, string? User = null, string? Type = null, string? Action = null, string? Key = null)
    : IQuery<byte[]>, IAuditLogFilter;

public static class AuditLogFilterRules
{
    public const int PageSize = 50;

    /// <summary>The most rows one export holds; narrow the filters for more.</summary>
    public const int ExportLimit = 100_000;

    public static void Apply<T>(AbstractValidator<T> validator)
        where T : IAuditLogFilter
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.From)
            .Must(BeADate).WithMessage("Date from must be a real date, like 2026-12-01")
            .When(x => !string.IsNullOrWhiteSpace(x.From));
        validator.RuleFor(x => x.To)
            .Must(BeADate).WithMessage("Date to must be a real date, like 2026-12-31")
            .Must((x, to) => !TryDate(x.From, out var from) || !TryDate(to, out var end) || end >= from)
            .WithMessage("Date to must be the same as or after date from")
            .When(x => !string.IsNullOrWhiteSpace(x.To));
        validator.RuleFor(x => x.Action)
            .Must(a => Enum.TryParse<AuditAction>(a, ignoreCase: false, out _) && !int.TryParse(a, CultureInfo.InvariantCulture, out _))
            .WithMessage("Select an action from the list")
            .When(x => !string.IsNullOrWhiteSpace(x.Action));
        validator.RuleFor(x => x.User).MaximumLength(AuditEntry.UserNameMaxLength).WithMessage($"User must be {AuditEntry.UserNameMaxLength} characters or fewer");
        validator.RuleFor(x => x.Type).MaximumLength(AuditEntry.EntityTypeMaxLength).WithMessage("Select a record type from the list");
        validator.RuleFor(x => x.Key).MaximumLength(AuditEntry.EntityKeyMaxLength).WithMessage($"Record key must be {AuditEntry.EntityKeyMaxLength} characters or fewer");
    }

    private static bool BeADate(string? value) => TryDate(value, out _);

    public static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The entries the filter selects (already validated) among those the user may see, newest first.</summary>
    public static IQueryable<AuditEntry> Filter(GovernancePortalDbContext db, IAuditLogFilter filter, AuditVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(visibility);
        var entries = visibility.Apply(db.AuditEntries.AsNoTracking());
        if (TryDate(filter.From, out var from))
        {
            var start = StartOfLondonDay(from);
            entries = entries.Where(a => a.OccurredAtUtc >= start);
        }

        if (TryDate(filter.To, out var to))
        {
            var end = StartOfLondonDay(to.AddDays(1));
            entries = entries.Where(a => a.OccurredAtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim().ToUpperInvariant();
            entries = entries.Where(a => a.UserName != null && a.UserName.ToUpper().Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            var type = filter.Type.Trim();
            entries = entries.Where(a => a.EntityType == type);
        }

        if (Enum.TryParse<AuditAction>(filter.Action, out var action))
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Key))
        {
            var key = filter.Key.Trim();
            entries = entries.Where(a => a.EntityKey == key);
        }

        return entries.OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id);
    }

    /// <summary>Midnight in London on that day, in UTC.</summary>
    public static DateTime StartOfLondonDay(DateOnly day) => LondonClock.FromLondon(day.ToDateTime(TimeOnly.MinValue));
}

public sealed class ListAuditEntriesQueryValidator : UseCaseValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator() => AuditLogFilterRules.Apply(this);
}

public sealed class ExportAuditEntriesQueryValidator : UseCaseValidator<ExportAuditEntriesQuery>
{
    public ExportAuditEntriesQueryValidator() => AuditLogFilterRules.Apply(this);
}

public sealed class ListAuditEntriesHandler(GovernancePortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAuditEntriesQuery, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        DemandAuditLog(currentUser);
        var visibility = await AuditVisibility.ForAsync(db, currentUser, cancellationToken);
        var entries = AuditLogFilterRules.Filter(db, query, visibility);
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + AuditLogFilterRules.PageSize - 1) / AuditLogFilterRules.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await entries.Skip((page - 1) * AuditLogFilterRules.PageSize).Take(AuditLogFilterRules.PageSize)
            .Select(a => new AuditLogRow(a.Id, a.OccurredAtUtc, a.UserName, a.UserId, a.EntityType, a.EntityKey, a.Action, a.Changes))
            .ToListAsync(cancellationToken);
        var types = await new ListAuditRecordTypesHandler(db, currentUser).Handle(new ListAuditRecordTypesQuery(), cancellationToken);
        return new AuditLogPage(rows, total, page, pageCount, types);
    }

    /// <summary>The audit log is every organisation's: it needs the permission for all of them.</summary>
    internal static void DemandAuditLog(ICurrentUser user)
    {
        if (AccessMatrix.ScopeFor(user, Permission.ViewAuditLog) != AccessScope.AllOrganisations)
        {
            throw new ForbiddenException($"You do not have permission to {AccessMatrix.Describe(Permission.ViewAuditLog)}.");
        }
    }
}

public sealed class ExportAuditEntriesHandler(GovernancePortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportAuditEntriesQuery, byte[]>
{
    public static IReadOnlyList<string> Header { get; } =
        ["When (London)", "When (UTC)", "User", "User id", "Record type", "Record key", "Action", "Changes"];

    public async ValueTask<byte[]> Handle(ExportAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        ListAuditEntriesHandler.DemandAuditLog(currentUser);
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

/// <summary>The record types present in the audit trail, for the audit log's filter.</summary>
public sealed record ListAuditRecordTypesQuery : IQuery<IReadOnlyList<string>>;

public sealed class ListAuditRecordTypesHandler(GovernancePortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAuditRecordTypesQuery, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ListAuditRecordTypesQuery query, CancellationToken cancellationToken)
    {
        ListAuditEntriesHandler.DemandAuditLog(currentUser);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync(cancellationToken);
        return [.. types.Order(StringComparer.Ordinal)];
    }
}
