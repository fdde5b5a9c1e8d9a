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

    /// <summary>
    /// Changes the title, position and sub-principles (in their new order). A sub-principle whose text is unchanged keeps
    /// its row, an edited one takes over a row that lost its text, so the audit trail shows small edits as changes
    /// (<see cref="SubPrincipleLines.Plan"/>).
    /// </summary>
    public void Revise(string title, int sortOrder, IReadOnlyList<string> subPrinciples)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(subPrinciples);
        Title = title;
        SortOrder = sortOrder;
        var plan = SubPrincipleLines.Plan([.. SubPrinciples.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => (s.Id, s.Title))], subPrinciples);
        SubPrinciples.RemoveAll(s => plan.Removed.Contains(s.Id));
        foreach (var line in plan.Lines)
        {
            if (line.Id is { } id)
            {
                var row = SubPrinciples.Single(s => s.Id == id);
                row.Title = line.Title;
                row.SortOrder = line.SortOrder;
            }
            else
            {
                SubPrinciples.Add(new SubPrinciple { Title = line.Title, SortOrder = line.SortOrder });
            }
        }
    }

    /// <summary>The sub-principles' titles in order.</summary>
    public IReadOnlyList<string> SubPrincipleTitles() => [.. SubPrinciples.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => s.Title)];

    public static bool IsValidCode(string? code) => code is { Length: 1 } && code[0] is >= 'A' and <= 'G';
}

public class SubPrinciple : Entity, IAudited
{
    public int PrincipleId { get; set; }

    public required string Title { get; set; }

    public int SortOrder { get; set; }
}
