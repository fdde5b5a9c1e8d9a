using System.Text.Json;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>A section as saved in a version: a stable key (its code, or heading), its title and its lines of text.</summary>
public sealed record SnapshotSection(string Key, string Title, IReadOnlyList<string> Lines);

/// <summary>How a line changed between two versions.</summary>
public enum LineChange
{
    Same,
    Added,
    Removed,
}

public sealed record LineDiff(LineChange Change, string Text);

/// <summary>A section compared between two versions: added, removed, changed or the same, with its lines marked.</summary>
public sealed record SectionDiff(string Title, bool Added, bool Removed, bool Changed, IReadOnlyList<LineDiff> Lines);

/// <summary>The content of a version (JSON) and the section-by-section comparison of two versions.</summary>
public static class PaperSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(PaperDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sections = document.Sections.Select(s => new SnapshotSection(s.Code ?? s.Heading, s.Title, PaperText.Lines(s))).ToList();
        return JsonSerializer.Serialize(sections, Options);
    }

    public static IReadOnlyList<SnapshotSection> Read(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<SnapshotSection>>(json, Options) ?? [];

    /// <summary>
    /// Compares two versions section by section: sections are matched by key, in the newer version's order with removed
    /// sections after the section they followed; each section's lines are marked by their longest common subsequence.
    /// </summary>
    public static IReadOnlyList<SectionDiff> Compare(IReadOnlyList<SnapshotSection> older, IReadOnlyList<SnapshotSection> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var olderByKey = new Dictionary<string, SnapshotSection>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in older)
        {
            olderByKey.TryAdd(section.Key, section);
        }

        var result = new List<SectionDiff>();
        var keys = new List<string>();
        foreach (var section in newer)
        {
            if (olderByKey.Remove(section.Key, out var before))
            {
                var lines = Lines(before.Lines, section.Lines);
                var changed = !string.Equals(before.Title, section.Title, StringComparison.Ordinal) || lines.Any(l => l.Change != LineChange.Same);
                result.Add(new SectionDiff(section.Title, Added: false, Removed: false, changed, lines));
            }
            else
            {
                result.Add(new SectionDiff(section.Title, Added: true, Removed: false, Changed: true, [.. section.Lines.Select(l => new LineDiff(LineChange.Added, l))]));
            }

            keys.Add(section.Key);
        }

        // Each removed section goes after the section it followed in the older version (first when it was first).
        var newerKeys = keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        var removedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in older)
        {
            if (newerKeys.Contains(section.Key))
            {
                at = keys.FindIndex(k => string.Equals(k, section.Key, StringComparison.OrdinalIgnoreCase)) + 1;
            }
            else if (removedKeys.Add(section.Key))
            {
                result.Insert(at, new SectionDiff(section.Title, Added: false, Removed: true, Changed: true, [.. section.Lines.Select(l => new LineDiff(LineChange.Removed, l))]));
                keys.Insert(at, "\0removed");
                at++;
            }
        }

        return result;
    }

    /// <summary>A line diff by longest common subsequence: removed lines before the added lines that replace them.</summary>
    public static IReadOnlyList<LineDiff> Lines(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);

        // Common leading and trailing lines are taken out first, so the table is only as big as the changed middle.
        var head = 0;
        while (head < older.Count && head < newer.Count && older[head] == newer[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < older.Count - head && tail < newer.Count - head && older[older.Count - 1 - tail] == newer[newer.Count - 1 - tail])
        {
            tail++;
        }

        var a = older.Skip(head).Take(older.Count - head - tail).ToArray();
        var b = newer.Skip(head).Take(newer.Count - head - tail).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<LineDiff>(older.Count + newer.Count);
        result.AddRange(newer.Take(head).Select(l => new LineDiff(LineChange.Same, l)));
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                result.Add(new LineDiff(LineChange.Same, a[x]));
                x++;
                y++;
            }
            else if (y >= b.Length || (x < a.Length && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                result.Add(new LineDiff(LineChange.Removed, a[x++]));
            }
            else
            {
                result.Add(new LineDiff(LineChange.Added, b[y++]));
            }
        }

        result.AddRange(newer.Skip(newer.Count - tail).Select(l => new LineDiff(LineChange.Same, l)));
        return result;
    }
}
