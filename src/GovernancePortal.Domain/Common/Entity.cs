namespace GovernancePortal.Domain.Common;

/// <summary>Base type for domain records: an integer key assigned by the database.</summary>
public abstract class Entity
{
    public int Id { get; set; }
}

/// <summary>
/// An editable record guarded by optimistic concurrency. <see cref="Version"/> changes on every save, so a
/// save based on an older read fails instead of silently overwriting someone else's change.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>
/// Bookkeeping on a versioned record that never conflicts with what a person is editing (when a reminder was last sent):
/// a save that changes only such properties keeps the record's <see cref="IVersioned.Version"/>, so a background job
/// does not turn someone's open form into a conflict. The save itself is still checked against the version.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotVersionedAttribute : Attribute;

/// <summary>Marks records whose inserts, updates and deletes are written to the audit trail.</summary>
public interface IAudited;
