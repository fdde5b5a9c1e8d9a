using System.Text.Encodings.Web;
using GovernancePortal.Domain.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovernancePortal.Web.Rendering;

/// <summary>
/// Renders structured text (Domain/Text/StructuredText) as GOV.UK-styled HTML. Every character of the text is
/// HTML-encoded; the only markup is the renderer's own, and links are http, https or mailto only.
/// </summary>
public static class StructuredTextHtml
{
    public static IHtmlContent Render(string? text)
    {
        var html = new HtmlContentBuilder();
        foreach (var block in StructuredText.Parse(text))
        {
            AppendBlock(html, block);
        }

        return html;
    }

    private static void AppendBlock(HtmlContentBuilder html, TextBlock block)
    {
        switch (block)
        {
            case TextParagraph paragraph:
                html.AppendHtml("<p class=\"govuk-body\">");
                AppendRuns(html, paragraph.Runs);
                html.AppendHtml("</p>");
                break;
            case TextList list:
                AppendList(html, list);
                break;
        }
    }

    private static void AppendList(HtmlContentBuilder html, TextList list)
    {
        if (list.Ordered)
        {
            html.AppendHtml(list.Start == 1
                ? "<ol class=\"govuk-list govuk-list--number\">"
                : $"<ol class=\"govuk-list govuk-list--number\" start=\"{list.Start}\">");
        }
        else
        {
            html.AppendHtml("<ul class=\"govuk-list govuk-list--bullet\">");
        }

        foreach (var item in list.Items)
        {
            html.AppendHtml("<li>");
            AppendRuns(html, item.Runs);
            foreach (var child in item.Children)
            {
                AppendList(html, child);
            }

            html.AppendHtml("</li>");
        }

        html.AppendHtml(list.Ordered ? "</ol>" : "</ul>");
    }

    private static void AppendRuns(HtmlContentBuilder html, IEnumerable<TextRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Link is not null)
            {
                html.AppendHtml("<a class=\"govuk-link\" rel=\"noreferrer noopener\" href=\"");
                html.AppendHtml(HtmlEncoder.Default.Encode(run.Link));
                html.AppendHtml("\">");
            }

            if (run.Strong)
            {
                html.AppendHtml("<strong>");
            }

            if (run.Emphasis)
            {
                html.AppendHtml("<em>");
            }

            html.Append(run.Text);
            if (run.Emphasis)
            {
                html.AppendHtml("</em>");
            }

            if (run.Strong)
            {
                html.AppendHtml("</strong>");
            }

            if (run.Link is not null)
            {
                html.AppendHtml("</a>");
            }
        }
    }
}

/// <summary><c>&lt;structured-text text="@Model.Text" /&gt;</c> renders structured text in place.</summary>
[HtmlTargetElement("structured-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StructuredTextTagHelper : TagHelper
{
    public string? Text { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.Content.SetHtmlContent(StructuredTextHtml.Render(Text));
    }
}
