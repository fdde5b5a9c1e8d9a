using GovernancePortal.Domain.Text;

namespace GovernancePortal.Domain.Framework;

/// <summary>
/// Turns the sub-principles textarea (one per line) into changes to the stored rows: a line whose text is unchanged
/// keeps its row wherever it moved to; an edited line takes over a row that lost its text (in order), so small edits
/// show in the audit trail as a change of title; extra lines become new rows and rows left over are removed.
/// </summary>
public static class SubPrincipleLines
{
    /// <summary>The textarea's lines, cleaned, without blank lines.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        [.. CleanText.Multiline(text).Split('\n').Select(CleanText.SingleLine).Where(line => line.Length > 0)];

    public static SubPrinciplePlan Plan(IReadOnlyList<(int Id, string Title)> existing, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(lines);
        var assigned = new int?[lines.Count];
        var unused = existing.ToList();

        // Unchanged lines keep their rows.
        for (var i = 0; i < lines.Count; i++)
        {
            var match = unused.FindIndex(row => string.Equals(row.Title, lines[i], StringComparison.Ordinal));
            if (match >= 0)
            {
                assigned[i] = unused[match].Id;
                unused.RemoveAt(match);
            }
        }

        // Edited lines take over the remaining rows in order; whatever is left is added or removed.
        for (var i = 0; i < lines.Count && unused.Count > 0; i++)
        {
            if (assigned[i] is null)
            {
                assigned[i] = unused[0].Id;
                unused.RemoveAt(0);
            }
        }

        return new SubPrinciplePlan(
            [.. lines.Select((title, i) => new SubPrincipleLine(assigned[i], title, i + 1))],
            [.. unused.Select(row => row.Id)]);
    }
}

/// <summary>The sub-principles in their new order (Id null for a new row), and the rows to delete.</summary>
public sealed record SubPrinciplePlan(IReadOnlyList<SubPrincipleLine> Lines, IReadOnlyList<int> Removed);

public sealed record SubPrincipleLine(int? Id, string Title, int SortOrder);
