using GovernancePortal.Domain.Improvement;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovernancePortal.Web.Forms;

/// <summary>
/// A RAG rating as a GOV.UK tag that always prints the word (Red, Amber, Green, Not rated): colour is never the only
/// signal. <c>&lt;rag-tag value="@action.Rag" /&gt;</c>
/// </summary>
[HtmlTargetElement("rag-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RagTagHelper : TagHelper
{
    public RagStatus? Value { get; set; }

    public static string Text(RagStatus? rag) => rag?.ToString() ?? "Not rated";

    public static string CssClass(RagStatus? rag) => rag switch
    {
        RagStatus.Red => "govuk-tag--red",
        RagStatus.Amber => "govuk-tag--orange",
        RagStatus.Green => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"govuk-tag {CssClass(Value)} app-rag");
        output.Content.SetContent(Text(Value));
    }
}
