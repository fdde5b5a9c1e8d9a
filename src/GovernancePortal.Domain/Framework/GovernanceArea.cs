using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;

namespace GovernancePortal.Domain.Framework;

/// <summary>
/// A governance area of an organisation's framework: one of the Met's fourteen numbered areas, or one of MOPAC's
/// Code of Governance sections (4.1–4.7). Each sits under a principle and has one or more senior leads.
/// </summary>
public class GovernanceArea : Entity, IAudited, IVersioned
{
    public const int ReferenceMaxLength = 10;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The number the organisation uses: "1" … "14" for the Met, "4.1" … "4.7" for MOPAC.</summary>
    public required string Reference { get; set; }

    public int SortOrder { get; set; }

    public required string Title { get; set; }

    /// <summary>What the area covers (the Met's area wording, or MOPAC's aim).</summary>
    public required string Description { get; set; }

    /// <summary>MOPAC-style sections: the words before the commitments, e.g. "To achieve this, MOPAC:".</summary>
    public string? CommitmentsLeadIn { get; set; }

    public int PrincipleId { get; set; }

    public Principle? Principle { get; set; }

    public List<Person> SeniorLeads { get; set; } = [];

    public List<AreaStatement> Statements { get; set; } = [];

    /// <summary>Archived areas stay readable (past papers refer to them) but are not carried into new years.</summary>
    public bool IsArchived { get; set; }

    public Guid Version { get; set; }

    /// <summary>The sort position for a number: "4.7" sorts as 4007 and "12" as 12000, so numbered areas keep their natural order.</summary>
    public static int SortOrderFor(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parts = reference.Split('.', 2);
        var major = int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) ? Math.Min(m, 99_999) : 99_999;
        var minor = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 999) : 0;
        return (major * 1000) + minor;
    }
}
