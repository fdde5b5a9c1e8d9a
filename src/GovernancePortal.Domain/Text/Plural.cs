using System.Globalization;

namespace GovernancePortal.Domain.Text;

/// <summary>
/// Counts with their nouns and verbs in agreement, for every message and page that puts a number before a word:
/// <c>Plural.Of(1, "row")</c> is "1 row", <c>Plural.Of(2, "row")</c> "2 rows", <c>Plural.Of(1200, "entry", "entries")</c>
/// "1,200 entries"; <c>Plural.Word(n, "was", "were")</c> picks the verb to go with it.
/// </summary>
public static class Plural
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The count (with thousands separators) and the noun: singular for one, otherwise the plural (default: singular + "s").</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", English)} {Word(count, singular, plural)}";

    /// <summary>The word alone, singular for exactly one (or minus one): <c>Word(n, "was", "were")</c>, <c>Word(n, "has", "have")</c>.</summary>
    public static string Word(int count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return count is 1 or -1 ? singular : plural ?? singular + "s";
    }
}
