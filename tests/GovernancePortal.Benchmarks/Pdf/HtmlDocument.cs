using System.Net;
using System.Text;

namespace GovernancePortal.Benchmarks.Pdf;

/// <summary>The sample as equivalent HTML for the Chromium control (same text, lists, tables, RAG colours, linked contents).</summary>
internal static class HtmlDocument
{
    public static string Create(AgsSample sample)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(Encode(sample.Title)).Append("</title><style>")
            .Append("@page{size:A4;margin:20mm 20mm 24mm 20mm}")
            .Append("body{font-family:Arial,'Liberation Sans',sans-serif;font-size:10pt;line-height:1.2;margin:0}")
            .Append("h1{font-size:20pt;margin:0}.sub{color:#505a5f;margin:0 0 12pt}")
            .Append("h2{font-size:14pt;margin:16pt 0 6pt;break-after:avoid}h3{font-size:11pt;margin:6pt 0;break-after:avoid}")
            .Append("p{margin:0 0 6pt}ul{margin:0 0 6pt;padding-left:14pt}li{margin-bottom:3pt}")
            .Append(".toc a{display:flex;color:inherit;text-decoration:none;margin-bottom:4pt}.toc span{flex:1;border-bottom:1px dotted #b1b4b6;margin:0 4pt 3pt}")
            .Append("table{width:100%;border-collapse:collapse}thead{display:table-header-group}tr{break-inside:avoid}")
            .Append("th{background:#f3f2f1;border-bottom:1pt solid #b1b4b6;text-align:left;padding:4pt}td{border-bottom:.5pt solid #b1b4b6;padding:4pt;vertical-align:top}")
            .Append("td.rag{color:#fff;font-weight:bold;vertical-align:middle}.Red{background:#d4351c}.Amber{background:#f47738}.Green{background:#00703c}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(Encode(sample.Title)).Append("</h1><p class=\"sub\">Sample report for layout benchmarking</p>");
        html.Append("<h2>Contents</h2><nav class=\"toc\">");
        foreach (var section in sample.Sections)
        {
            html.Append("<a href=\"#").Append(section.Id).Append("\">").Append(Encode(section.Title)).Append("<span></span></a>");
        }

        html.Append("</nav>");
        foreach (var section in sample.Sections)
        {
            html.Append("<h2 id=\"").Append(section.Id).Append("\">").Append(Encode(section.Title)).Append("</h2>");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
            }

            html.Append("<ul>");
            foreach (var bullet in section.Bullets)
            {
                html.Append("<li>").Append(Encode(bullet)).Append("</li>");
            }

            html.Append("</ul><h3>Actions</h3><table><colgroup><col style=\"width:36pt\"><col style=\"width:40%\"><col><col style=\"width:62pt\"><col style=\"width:52pt\"></colgroup>")
                .Append("<thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>");
            foreach (var action in section.Actions)
            {
                html.Append("<tr><td>").Append(action.Reference).Append("</td><td>").Append(Encode(action.Description)).Append("</td><td>")
                    .Append(Encode(action.Owner)).Append("</td><td>").Append(action.Due).Append("</td><td class=\"rag ").Append(action.Status)
                    .Append("\">").Append(action.Status).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Footer template: Chromium fills the pageNumber and totalPages classes.</summary>
    public static string Footer(string title) =>
        "<div style=\"font-family:Arial,sans-serif;font-size:8pt;color:#505a5f;width:100%;margin:0 20mm;display:flex;justify-content:space-between\">"
        + $"<span>{Encode(title)}</span><span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
