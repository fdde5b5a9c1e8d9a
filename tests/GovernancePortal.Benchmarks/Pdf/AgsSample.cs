namespace GovernancePortal.Benchmarks.Pdf;

/// <summary>RAG status of a sample action.</summary>
internal enum Rag
{
    Red,
    Amber,
    Green,
}

internal sealed record SampleAction(string Reference, string Description, string Owner, string Due, Rag Status);

internal sealed record SampleSection(string Id, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Bullets, IReadOnlyList<SampleAction> Actions);

/// <summary>
/// Deterministic AGS-like sample content (an annual governance statement style report): numbered sections
/// with paragraphs, bullet lists and action tables with RAG status. Used identically by our engine and the
/// two controls so they draw the same text.
/// </summary>
internal sealed record AgsSample(string Title, IReadOnlyList<SampleSection> Sections)
{
    private static readonly string[] Words =
    [
        "the", "council", "governance", "framework", "assurance", "risk", "management", "internal", "audit", "control",
        "members", "officers", "committee", "review", "effective", "arrangements", "statutory", "financial", "performance",
        "improvement", "during", "year", "including", "partnership", "delivery", "service", "strategy", "monitoring",
        "accountability", "transparency", "decision", "making", "resources", "value", "money", "policy", "procedures",
        "compliance", "reporting", "oversight", "objectives", "priorities", "residents", "budget", "£1,250,000", "–",
        "‘principles’", "“good", "practice”", "café", "procurement", "counter-fraud", "data", "protection", "ethical",
    ];

    private static readonly string[] Owners = ["Chief Executive", "Section 151 Officer", "Monitoring Officer", "Head of Audit", "Director of Resources", "Head of HR"];

    public static AgsSample Create(int sections)
    {
        var random = new Random(42);
        var list = new List<SampleSection>();
        for (var s = 1; s <= sections; s++)
        {
            var paragraphs = Enumerable.Range(0, 3).Select(_ => Sentence(random, 70 + random.Next(40))).ToArray();
            var bullets = Enumerable.Range(0, 4).Select(_ => Sentence(random, 10 + random.Next(14))).ToArray();
            var actions = Enumerable.Range(1, 6).Select(a => new SampleAction(
                $"{s}.{a}",
                Sentence(random, 8 + random.Next(12)),
                Owners[random.Next(Owners.Length)],
                $"{1 + random.Next(28):00}/{1 + random.Next(12):00}/2027",
                (Rag)random.Next(3))).ToArray();
            list.Add(new SampleSection($"section-{s}", $"{s}. {Capitalise(Sentence(random, 3 + random.Next(4)).TrimEnd('.'))}", paragraphs, bullets, actions));
        }

        return new AgsSample("Annual Governance Statement 2026/27", list);
    }

    private static string Sentence(Random random, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        return Capitalise(string.Join(' ', parts)) + ".";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
