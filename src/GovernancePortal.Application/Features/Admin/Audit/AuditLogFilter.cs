using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Audit;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Audit;

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

    /// <summary>The audit log is every organisation's: it needs the permission for all of them (a rule of its own, as the
    /// log has no one organisation for the authorization pipeline to check).</summary>
    public static void DemandAuditLog(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (AccessMatrix.ScopeFor(user, Permission.ViewAuditLog) != AccessScope.AllOrganisations)
        {
            throw new ForbiddenException($"You do not have permission to {AccessMatrix.Describe(Permission.ViewAuditLog)}.");
        }
    }

    /// <summary>Midnight in London on that day, in UTC.</summary>
    public static DateTime StartOfLondonDay(DateOnly day) => LondonClock.FromLondon(day.ToDateTime(TimeOnly.MinValue));
}
