using System.Text;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>
/// The plain text of a composed section, one line per paragraph, heading, list item, table row or signature. Used by the
/// version snapshots (compare any two versions) and by the checks (acronyms, placeholders) so they read exactly what
/// is printed.
/// </summary>
public static class PaperText
{
    public static IReadOnlyList<string> Lines(DocSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var lines = new List<string>();
        foreach (var block in section.Blocks)
        {
            Append(lines, block, string.Empty);
        }

        return lines;
    }

    /// <summary>All lines joined with newlines.</summary>
    public static string Of(DocSection section) => string.Join('\n', Lines(section));

    private static void Append(List<string> lines, DocBlock block, string indent)
    {
        switch (block)
        {
            case DocParagraph p:
                lines.Add(indent + (p.Number is null ? string.Empty : p.Number + " ") + Runs(p.Runs));
                break;
            case DocHeading h:
                lines.Add(indent + h.Text);
                break;
            case DocList list:
                var n = list.Start;
                foreach (var item in list.Items)
                {
                    lines.Add(indent + (list.Ordered ? $"{n++}. " : "• ") + Runs(item.Runs));
                    foreach (var child in item.Children)
                    {
                        Append(lines, child, indent + "  ");
                    }
                }

                break;
            case DocTable table:
                if (table.ShowColumnHeaders)
                {
                    lines.Add(indent + string.Join(" | ", table.Columns.Select(c => c.Header)));
                }

                foreach (var row in table.Rows)
                {
                    lines.Add(indent + string.Join(" | ", row.Select(Cell)));
                }

                break;
            case DocSignatures signatures:
                foreach (var s in signatures.Signatories)
                {
                    lines.Add(indent + $"Signed: {s.Name}, {s.Role}, {(s.SignedOn is { } d ? LongDate.Of(d) : "not yet signed")}");
                }

                break;
            case DocNote note:
                lines.Add(indent + note.Text);
                break;
        }
    }

    private static string Cell(DocCell cell)
    {
        var lines = new List<string>();
        foreach (var block in cell.Blocks)
        {
            Append(lines, block, string.Empty);
        }

        var text = string.Join(" ", lines);
        return cell.Rag is { } rag ? $"{rag}: {text}".TrimEnd(' ', ':') : text;
    }

    public static string Runs(IEnumerable<TextRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var run in runs)
        {
            sb.Append(run.Text);
        }

        return sb.ToString();
    }
}
