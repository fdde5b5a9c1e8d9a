using GovernancePortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Common;

/// <summary>
/// The one way a use case says which version of a record the user's form was based on. Saving over someone else's
/// later change then fails as a conflict (409 with what the user typed) instead of silently overwriting it: at once
/// when the loaded record is already newer, or at save time (EF Core's concurrency token, turned into the same
/// conflict by <see cref="ConcurrencyBehavior{TMessage, TResponse}"/>) when someone saves in between.
/// </summary>
public static class Concurrency
{
    public const string ConflictMessage = "Someone else saved a change to this record after you opened it. Check it as it is now, then try again: what you typed is still below.";

    /// <summary>
    /// Expects <paramref name="record"/> to be at <paramref name="version"/>. The version is marked modified, so even
    /// a change that only adds rows beneath the record (an update under an action) rewrites it, and two people acting
    /// on the same version cannot both succeed.
    /// <c>currentValues</c> gives the record's saved values in the form's field names, shown beside what the user
    /// typed; it is called only on a mismatch.
    /// </summary>
    public static void ExpectVersion(
        this DbContext db,
        IVersioned record,
        Guid version,
        string message = ConflictMessage,
        Func<IReadOnlyDictionary<string, string?>>? currentValues = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Version != version)
        {
            throw new ConcurrencyConflictException(message, currentValues?.Invoke() ?? new Dictionary<string, string?>());
        }

        var property = db.Entry(record).Property(nameof(IVersioned.Version));
        property.OriginalValue = version;
        property.IsModified = true;
    }
}
