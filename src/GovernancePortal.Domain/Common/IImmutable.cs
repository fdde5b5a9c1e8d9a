namespace GovernancePortal.Domain.Common;

/// <summary>
/// A record written once and never changed or deleted afterwards (a publication to the Audit Panel, its files and the
/// snapshot of the data behind it). The database context refuses to save a change to one.
/// </summary>
public interface IImmutable;
