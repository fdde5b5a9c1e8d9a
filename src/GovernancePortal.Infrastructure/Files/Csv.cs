using System.Text;

namespace GovernancePortal.Infrastructure.Files;

/// <summary>
/// Writes comma-separated values as RFC 4180 describes (CRLF line ends; a field holding a comma, quote or line break
/// is quoted, with quotes doubled) and safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or
/// carriage return) is prefixed with a single quote so that it is never run as a formula.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>UTF-8 with a byte-order mark, so that Excel reads non-ASCII characters correctly.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public CsvWriter WriteRow(params IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _text.Append(',');
            }

            _text.Append(Field(cell));
            first = false;
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The file's bytes: the UTF-8 byte-order mark, then the rows.</summary>
    public byte[] ToBytes() => [.. Encoding.GetPreamble(), .. Encoding.GetBytes(_text.ToString())];

    /// <summary>One cell, neutralised against formulas and quoted when needed.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
