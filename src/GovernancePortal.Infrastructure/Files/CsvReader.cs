using System.Text;

namespace GovernancePortal.Infrastructure.Files;

/// <summary>One record of a CSV file: its number (1 for the first record, as a spreadsheet numbers its rows) and fields.</summary>
public sealed record CsvRecord(int Number, IReadOnlyList<string> Fields);

/// <summary>
/// Reads comma-separated values as RFC 4180 describes them, and as spreadsheets write them: fields in double quotes may
/// hold the delimiter, line breaks and doubled quotes; CRLF, LF and CR all end a record; a UTF-8 byte-order mark is
/// skipped. The delimiter (comma, semicolon or tab) is taken from the first record unless given. Lenient where files
/// in the wild are sloppy: text after a closing quote is kept, and an unclosed quote runs to the end of the file.
/// </summary>
public static class CsvReader
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>Decodes UTF-8 bytes (with or without a byte-order mark); null when they are not valid UTF-8.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The delimiter used in the first record: whichever of comma, semicolon and tab occurs most outside quotes.</summary>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    /// <summary>Every record of the text, blank lines included (as records with one empty field).</summary>
    public static IEnumerable<CsvRecord> Read(string text, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            yield break;
        }

        var separator = delimiter ?? DetectDelimiter(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var number = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                // A quoted field: runs to the next quote not doubled.
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                continue;
            }

            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return new CsvRecord(number++, fields);
                fields = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            field.Append(c);
            i++;
        }

        // The last record, unless the text ended with a line break.
        var last = text[^1];
        if (fields.Count > 0 || field.Length > 0 || last is not ('\r' or '\n'))
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(number, fields);
        }
    }
}
