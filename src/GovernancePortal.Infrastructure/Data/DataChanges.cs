namespace GovernancePortal.Infrastructure.Data;

/// <summary>
/// This instance's count of committed changes: the audit interceptor adds one after every save that changed records
/// (every such save is audited, so none is missed). Read models cached against it (<c>ReadModelCache</c>) are built
/// again after any change made on this instance; changes made on another instance reach them when the cached copy
/// ages out (<c>Cache:ReadModelSeconds</c>).
/// </summary>
public sealed class DataChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}

/// <summary>
/// Counts a commit as a change too: a save inside a transaction the caller opened is counted again when that
/// transaction commits, so a read model built between the save and the commit is not kept.
/// </summary>
public sealed class DataChangesTransactionInterceptor(DataChanges changes) : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData)
    {
        changes.Changed();
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Changed();
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }
}
