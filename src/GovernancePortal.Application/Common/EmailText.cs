using System.Net;
using System.Text;

namespace GovernancePortal.Application.Common;

/// <summary>
/// Writes one e-mail twice: plain text and simple HTML (paragraphs and links only, GOV.UK style: short sentences,
/// no jargon). Everything given is text; the HTML is encoded here.
/// </summary>
public sealed class EmailText
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public EmailText Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p style=\"font-family: Arial, sans-serif; font-size: 16px;\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A link on a line of its own (the full address in the text version).</summary>
    public EmailText Link(string words, string href)
    {
        _text.Append(words).Append(":\n").Append(href).Append("\n\n");
        _html.Append("<p style=\"font-family: Arial, sans-serif; font-size: 16px;\"><a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">")
            .Append(Encode(words)).Append("</a></p>\n");
        return this;
    }

    public string Text => _text.ToString().TrimEnd() + "\n";

    public string Html => "<!DOCTYPE html>\n<html lang=\"en\"><body>\n" + _html + "</body></html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text).ReplaceLineEndings("<br>");
}
