namespace GovernancePortal.Domain.Common;

/// <summary>A domain rule was broken; the message is written for the person who tried the operation.</summary>
public class DomainException(string message) : Exception(message);
