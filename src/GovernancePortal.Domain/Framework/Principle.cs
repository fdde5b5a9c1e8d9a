using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Framework;

/// <summary>
/// A CIPFA/SOLACE core principle of good governance (A–G), in the organisation's own wording and order.
/// </summary>
public class Principle : Entity, IAudited, IVersioned
{
    public const int CodeMaxLength = 1;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The CIPFA letter, A to G.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>Position in the organisation's documents (the Met lists the principles in its own order).</summary>
    public int SortOrder { get; set; }

    public List<SubPrinciple> SubPrinciples { get; set; } = [];

    public Guid Version { get; set; }

    public static bool IsValidCode(string? code) => code is { Length: 1 } && code[0] is >= 'A' and <= 'G';
}

public class SubPrinciple : Entity, IAudited
{
    public int PrincipleId { get; set; }

    public required string Title { get; set; }

    public int SortOrder { get; set; }
}
