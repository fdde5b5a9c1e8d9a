namespace GovernancePortal.Domain.Improvement;

/// <summary>Red, amber or green. Always shown as the word, never by colour alone. Stored as text.</summary>
public enum RagStatus
{
    Red,
    Amber,
    Green,
}
