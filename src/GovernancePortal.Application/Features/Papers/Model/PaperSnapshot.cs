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

    public static IReadOnlyList<SectionDiff> Compare(IReadOnlyList<SnapshotSection> older, IReadOnlyList<SnapshotSection> newer) =>
        throw new NotImplementedException($"{older.Count} {newer.Count}");
}
