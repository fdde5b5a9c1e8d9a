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

    private string reference = string.Empty;
    private int sortOrder;
    private bool isArchived;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The number the organisation uses: "1" … "14" for the Met, "4.1" … "4.7" for MOPAC.</summary>
    public required string Reference { get => reference; init => reference = value; }

    /// <summary>Follows <see cref="Reference"/> (see <see cref="SortOrderFor"/>); changed only by <see cref="Renumber"/>.</summary>
    public int SortOrder { get => sortOrder; init => sortOrder = value; }

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
    public bool IsArchived { get => isArchived; init => isArchived = value; }

    public Guid Version { get; set; }

    /// <summary>Gives the area a new number; its place in the framework follows the number.</summary>
    public void Renumber(string newReference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newReference);
        if (string.Equals(reference, newReference, StringComparison.Ordinal))
        {
            return;
        }

        reference = newReference;
        sortOrder = SortOrderFor(newReference);
    }

    /// <summary>Archives the area: kept for the years it has text in, not carried into new years.</summary>
    public void Archive()
    {
        if (isArchived)
        {
            throw new DomainException("This area is already archived");
        }

        isArchived = true;
    }

    /// <summary>Brings an archived area back, so it is carried into new years again.</summary>
    public void Restore()
    {
        if (!isArchived)
        {
            throw new DomainException("This area is not archived");
        }

        isArchived = false;
    }

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
