using System.Text;

namespace GovernancePortal.Domain.Text;

/// <summary>
/// Makes user-supplied text safe to store and show: line endings normalised, control characters, byte-order marks,
/// non-characters and bidirectional override/isolate characters (the "Trojan Source" family) removed, unpaired
/// surrogates replaced, and the result in Unicode normalisation form C. Everything else, including emoji, accents and
/// right-to-left scripts, is kept as typed.
/// </summary>
public static class CleanText
{
    /// <summary>Cleans multi-line text: trailing spaces removed, no more than one blank line in a row, trimmed.</summary>
    public static string Multiline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cleaned = Characters(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), keepNewLines: true);
        var lines = cleaned.Split('\n').Select(l => l.TrimEnd()).ToList();
        var result = new StringBuilder(cleaned.Length);
        var blankRun = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            blankRun = 0;
            result.Append(line);
        }

        return result.ToString();
    }

    /// <summary>Cleans a one-line value such as a title: any run of white space (new lines included) becomes one space.</summary>
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cleaned = Characters(text, keepNewLines: false);
        var result = new StringBuilder(cleaned.Length);
        var space = false;
        foreach (var c in cleaned)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Like <see cref="SingleLine"/>, but null when nothing is left.</summary>
    public static string? OptionalLine(string? text) => SingleLine(text) is { Length: > 0 } value ? value : null;

    /// <summary>True when the character would be removed by cleaning (used by tests and validators).</summary>
    public static bool IsRemoved(Rune rune) =>
        (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Control && rune.Value is not ('\n' or '\t'))
        || rune.Value is 0xFEFF or 0xFFFE or 0xFFFF
        || rune.Value is >= 0x202A and <= 0x202E
        || rune.Value is >= 0x2066 and <= 0x2069
        || (rune.Value & 0xFFFE) == 0xFFFE;

    private static string Characters(string text, bool keepNewLines)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\t' || (!keepNewLines && rune.Value == '\n'))
            {
                result.Append(' ');
            }
            else if (!IsRemoved(rune))
            {
                result.Append(rune.ToString());
            }
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
