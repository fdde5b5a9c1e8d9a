using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Organisations;

/// <summary>An organisation whose governance the portal runs: the Met (code MPS) or MOPAC.</summary>
public class Organisation : Entity, IAudited, IVersioned
{
    public const int CodeMaxLength = 10;

    /// <summary>Stable short code, e.g. "MPS" or "MOPAC".</summary>
    public required string Code { get; set; }

    /// <summary>Full name, e.g. "Metropolitan Police Service".</summary>
    public required string Name { get; set; }

    /// <summary>The name used in running text and headings, e.g. "Met".</summary>
    public required string ShortName { get; set; }

    /// <summary>How the organisation codes its improvement actions.</summary>
    public ActionCodeScheme ActionCodeScheme { get; set; }

    /// <summary>How the organisation rates its improvement actions (printed wherever RAG is shown).</summary>
    public Improvement.RagRule RagRule { get; set; } = Improvement.RagRule.Standard;

    /// <summary>Actions due within this many days are asked for an update when the governance team requests updates.</summary>
    public int UpdateWindowDays { get; set; } = 30;

    public Guid Version { get; set; }

    public override string ToString() => ShortName;
}

public enum ActionCodeScheme
{
    /// <summary>Improvement area code and a two-digit sequence: IA2-01 (the Met).</summary>
    AreaSequence,

    /// <summary>Principle letter and a number: F10 (MOPAC).</summary>
    PrincipleNumber,
}

/// <summary>Well-known organisation codes.</summary>
public static class OrganisationCodes
{
    public const string Met = "MPS";
    public const string Mopac = "MOPAC";
}
