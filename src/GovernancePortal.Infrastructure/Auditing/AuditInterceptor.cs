using System.Globalization;
using System.Text;
using System.Text.Json;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Common;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovernancePortal.Infrastructure.Auditing;

/// <summary>
/// Writes the audit trail and stamps concurrency versions. On every save it records, for each inserted, updated or
/// deleted domain record, who, when, which record and each field's old → new value. The audit rows are written in
/// the same transaction as the change (one is opened if the caller has none), so a change is never saved without its
/// audit, nor an audit without its change.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time, DataChanges changes) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is GovernancePortalDbContext context && context.PendingAudit is null)
        {
            var pending = Capture(context);
            if (pending is not null && context.Database.CurrentTransaction is null)
            {
                pending.OwnedTransaction = context.Database.BeginTransaction();
            }

            context.PendingAudit = pending;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GovernancePortalDbContext context && context.PendingAudit is null)
        {
            var pending = Capture(context);
            if (pending is not null && context.Database.CurrentTransaction is null)
            {
                pending.OwnedTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
            }

            context.PendingAudit = pending;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is GovernancePortalDbContext { PendingAudit: { IsWriting: false } pending } context)
        {
            try
            {
                pending.IsWriting = true;
                context.AuditEntries.AddRange(pending.ToEntries());
                context.SaveChanges();
                pending.OwnedTransaction?.Commit();
                AccountAudit.AcceptSaved(context);
                changes.Changed();
            }
            finally
            {
                Finish(context);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GovernancePortalDbContext { PendingAudit: { IsWriting: false } pending } context)
        {
            try
            {
                pending.IsWriting = true;
                context.AuditEntries.AddRange(pending.ToEntries());
                await context.SaveChangesAsync(cancellationToken);
                if (pending.OwnedTransaction is not null)
                {
                    await pending.OwnedTransaction.CommitAsync(cancellationToken);
                }

                AccountAudit.AcceptSaved(context);
                changes.Changed();
            }
            finally
            {
                Finish(context);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is GovernancePortalDbContext { PendingAudit: { IsWriting: false } } context)
        {
            Finish(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private static bool IsBookkeeping(PropertyEntry property) =>
        property.Metadata.PropertyInfo?.IsDefined(typeof(NotVersionedAttribute), inherit: false) == true;

    private PendingAudit? Capture(GovernancePortalDbContext context)
    {
        // Publications to the Audit Panel, their files and snapshots are written once and never changed or deleted.
        var changed = context.ChangeTracker.Entries<GovernancePortal.Domain.Common.IImmutable>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
        {
            throw new InvalidOperationException($"A {changed.Metadata.ClrType.Name} is never changed or deleted once saved.");
        }

        context.ChangeTracker.DetectChanges();
        var changes = new List<PendingChange>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is IVersioned versioned
                && (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !IsBookkeeping(p)))))
            {
                versioned.Version = Guid.NewGuid();
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };

            if (AccountAudit.Describe(context, entry, action) is { } account)
            {
                changes.Add(account);
            }
            else if (entry.Entity is IAudited || IsSharedTypeJoin(entry))
            {
                // An insert is described after the save, when generated keys (its own and those of records inserted
                // with it) have their real values rather than temporary ones.
                changes.Add(new PendingChange(entry, action, action == AuditAction.Insert ? null : DescribeChanges(entry, action)));
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        return new PendingAudit(changes, time.GetUtcNow().UtcDateTime, context.CurrentUser.UserId, context.CurrentUser.UserName);
    }

    private static bool IsSharedTypeJoin(EntityEntry entry) =>
        entry.Metadata.HasSharedClrType && entry.Metadata.ClrType == typeof(Dictionary<string, object>);

    /// <summary>Each field's old → new value as a JSON object.</summary>
    internal static string DescribeChanges(EntityEntry entry, AuditAction action) =>
        DescribeChanges(entry, action, skip: null, extra: null, original: null, out _);

    /// <param name="entry">The changed record.</param>
    /// <param name="action">Insert (only new values), update (changed fields, old and new) or delete (only old values).</param>
    /// <param name="skip">Fields never to record.</param>
    /// <param name="extra">Writes further fields (e.g. a password change without its value).</param>
    /// <param name="original">The values to compare with, in place of EF's original values (an update then records every field whose value differs).</param>
    /// <param name="fieldCount">How many fields were recorded.</param>
    internal static string DescribeChanges(
        EntityEntry entry, AuditAction action, Func<string, bool>? skip, Action<Utf8JsonWriter>? extra, Func<PropertyEntry, object?>? original, out int fieldCount)
    {
        fieldCount = 0;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (name == nameof(IVersioned.Version) || (property.Metadata.IsPrimaryKey() && !property.Metadata.IsForeignKey()) || skip?.Invoke(name) == true)
                {
                    continue;
                }

                object? oldValue = action == AuditAction.Insert ? null : original is null ? property.OriginalValue : original(property);
                object? newValue = action == AuditAction.Delete ? null : property.CurrentValue;
                if (action == AuditAction.Update && ((original is null && !property.IsModified) || Equals(oldValue, newValue)))
                {
                    continue;
                }

                if (oldValue is null && newValue is null)
                {
                    continue;
                }

                json.WriteStartObject(name);
                WriteValue(json, "old", oldValue);
                WriteValue(json, "new", newValue);
                json.WriteEndObject();
                fieldCount++;
            }

            if (extra is not null)
            {
                extra(json);
                fieldCount++;
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int or long or short or decimal or double:
                json.WritePropertyName(name);
                json.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case DateTime dt:
                json.WriteString(name, dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                json.WriteString(name, dto.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                // File contents are not copied into the audit trail; their size is enough to tell versions apart.
                json.WriteString(name, string.Create(CultureInfo.InvariantCulture, $"({bytes.Length:N0} bytes)"));
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void Finish(GovernancePortalDbContext context)
    {
        context.PendingAudit?.OwnedTransaction?.Dispose();
        context.PendingAudit = null;
    }
}

/// <summary>
/// One audited change of a save in progress; <see cref="EntityType"/> and <see cref="EntityKey"/> override the
/// defaults, and a null <see cref="Changes"/> is described after the save (inserts).
/// </summary>
internal sealed record PendingChange(EntityEntry Entry, AuditAction Action, string? Changes, string? EntityType = null, string? EntityKey = null);

/// <summary>What a save in progress will audit, kept on the context between "saving" and "saved".</summary>
internal sealed class PendingAudit(List<PendingChange> changes, DateTime occurredAtUtc, string? userId, string userName)
{
    public IDbContextTransaction? OwnedTransaction { get; set; }

    public bool IsWriting { get; set; }

    public IEnumerable<AuditEntry> ToEntries() => changes.Select(c => new AuditEntry
    {
        OccurredAtUtc = occurredAtUtc,
        UserId = userId,
        UserName = userName,
        EntityType = c.EntityType ?? (c.Entry.Metadata.ClrType == typeof(Dictionary<string, object>) ? c.Entry.Metadata.Name : c.Entry.Metadata.ClrType.Name),
        EntityKey = c.EntityKey ?? DescribeKey(c.Entry),
        Action = c.Action,
        Changes = c.Changes ?? AuditInterceptor.DescribeChanges(c.Entry, c.Action),
    });

    private static string DescribeKey(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return key.Properties.Count == 1
            ? Convert.ToString(entry.Property(key.Properties[0].Name).CurrentValue, CultureInfo.InvariantCulture) ?? string.Empty
            : string.Join(";", key.Properties.Select(p => $"{p.Name}={Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)}"));
    }
}
