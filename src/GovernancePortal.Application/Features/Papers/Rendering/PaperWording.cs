using System.Globalization;
using System.Text;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Papers.Rendering;

/// <summary>The words the three renderers share, so the PDF, the HTML and the Word file say exactly the same things.</summary>
internal static class PaperWording
{
    /// <summary>The kind in the words every page uses ("Annual Governance Statement").</summary>
    public static string KindName(PaperKind kind) => Templates.SectionContentText.Kind(kind);

    public static string Date(DateOnly date) => LongDate.Of(date);

    /// <summary>"DRAFT – version 3" while the paper is not published.</summary>
    public static string DraftLine(PaperDocument document) => $"DRAFT – version {document.Revision.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The header text: the protective marking, then DRAFT while unpublished.</summary>
    public static string HeaderText(PaperDocument document)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(document.ProtectiveMarking))
        {
            parts.Add(document.ProtectiveMarking.Trim());
        }

        if (document.IsDraft)
        {
            parts.Add("DRAFT");
        }

        return string.Join(" – ", parts);
    }

    /// <summary>The lines of the title page under the title, in order (meeting, date, report by).</summary>
    public static IReadOnlyList<string> MeetingLines(PaperDocument document)
    {
        var lines = new List<string>();
        if (document.Kind != PaperKind.CoverReport)
        {
            return lines;
        }

        if (!string.IsNullOrWhiteSpace(document.MeetingName))
        {
            lines.Add(document.MeetingDate is { } date ? $"{document.MeetingName.Trim()}, {Date(date)}" : document.MeetingName.Trim());
        }
        else if (document.MeetingDate is { } date)
        {
            lines.Add(Date(date));
        }

        if (!string.IsNullOrWhiteSpace(document.ReportBy))
        {
            lines.Add($"Report by {document.ReportBy.Trim()}");
        }

        return lines;
    }

    public static string RagName(RagStatus rag) => rag switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        _ => rag.ToString(),
    };

    /// <summary>
    /// A RAG cell says its status in words as well as colour: the name is printed before the cell's content unless the
    /// content, the column's header ("Red" column of counts) or the row's first cell ("Amber" row) already says it.
    /// </summary>
    public static bool CellNeedsRagName(DocCell cell, string columnHeader, DocCell? rowHeader)
    {
        if (cell.Rag is not { } rag)
        {
            return false;
        }

        var name = RagName(rag);
        return !Says(cell, name) && !columnHeader.Contains(name, StringComparison.OrdinalIgnoreCase) && !(rowHeader is not null && !ReferenceEquals(rowHeader, cell) && Says(rowHeader, name));
    }

    private static bool Says(DocCell cell, string name) =>
        cell.Blocks.OfType<DocParagraph>().Any(p => string.Concat(p.Runs.Select(r => r.Text)).Contains(name, StringComparison.OrdinalIgnoreCase));

    public static string? SafeLink(TextRun run) => run.Link is { } link && StructuredText.IsSafeLink(link) ? link : null;

    public static string Signed(DocSignature signature) => signature.SignedOn is { } on ? $"Signed {Date(on)}" : "Not yet signed";

    /// <summary>Lower-case letters, digits and single hyphens: "MPS Annual Governance Statement 2016/17" → "mps-annual-governance-statement-2016-17".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
