using System.Text.RegularExpressions;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Papers;

/// <summary>An acronym in an organisation's glossary, printed at the end of its papers and checked against their text.</summary>
public class GlossaryEntry : Entity, IAudited, IVersioned
{
    public const int AcronymMaxLength = 20;
    public const int DefinitionMaxLength = TextLimits.Title;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Acronym { get; set; }

    public required string Definition { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// Finds the acronyms a text uses: words with at least two capitals that are at least half capitals, such as AGS, FoIA,
/// PaRT or VfM (not names such as McMullan, nor the letters of codes such as IA2-01).
/// </summary>
public static partial class Acronyms
{
    /// <summary>Acronyms used in the texts and missing from the glossary, with how often each is used, most used first.</summary>
    public static IReadOnlyList<(string Acronym, int Uses)> Undefined(IEnumerable<string?> texts, IEnumerable<string> glossary)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(glossary);
        var known = new HashSet<string>(glossary.Select(g => g.Trim()), StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var acronym in Find(text))
            {
                if (!known.Contains(acronym) && !Ignored.Contains(acronym))
                {
                    counts[acronym] = counts.GetValueOrDefault(acronym) + 1;
                }
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))];
    }

    /// <summary>Every acronym occurrence in the text (repeats included).</summary>
    public static IEnumerable<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            var word = match.Value;

            // A plural of an acronym ("CMGs", "SLAs") is the acronym.
            if (word.Length > 2 && word[^1] == 's' && word[..^1].All(char.IsUpper))
            {
                word = word[..^1];
            }

            var capitals = word.Count(char.IsUpper);
            if (capitals >= 2 && capitals * 2 >= word.Length)
            {
                yield return word;
            }
        }
    }

    /// <summary>Capitalised words that are not acronyms: Roman numerals and words set in capitals for emphasis.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
        "THE", "AND", "FOR", "NOT", "OF", "TO", "IN", "ON", "BY", "OR", "AN", "AT", "IT", "IS", "BE", "NO", "UK",
        "DRAFT", "ACRONYM", "DEFINITION", "APPENDIX", "CODE", "GOVERNANCE", "TOTAL", "POLICING", "METROPOLITAN", "POLICE",
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
