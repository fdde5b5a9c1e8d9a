using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovernancePortal.Web.Forms;

/// <summary>
/// Base for the GOV.UK form field tag helpers: label or legend, hint, inline error message and the error state, all
/// read from the bound model expression and ModelState, so a re-shown form keeps what the user typed.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>Extra label/legend classes, e.g. govuk-label--m.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Wraps the label or legend in the page's h1 (one-question pages).</summary>
    public bool IsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    protected string Id => FieldId(For.Name);

    protected string HintId => Id + "-hint";

    protected string ErrorId => Id + "-error";

    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "_");

    protected string? ErrorMessage =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>What the user typed (if the form is being shown again) or the model's value.</summary>
    protected string? CurrentValue =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : Convert.ToString(For.Model, System.Globalization.CultureInfo.CurrentCulture);

    protected string? DescribedBy(params string?[] extra)
    {
        var ids = new List<string>();
        ids.AddRange(extra.Where(e => !string.IsNullOrEmpty(e))!);
        if (!string.IsNullOrEmpty(Hint))
        {
            ids.Add(HintId);
        }

        if (ErrorMessage is not null)
        {
            ids.Add(ErrorId);
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    protected void StartFormGroup(TagHelperOutput output, string? extraClass = null)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = "govuk-form-group" + (extraClass is null ? string.Empty : " " + extraClass) + (ErrorMessage is null ? string.Empty : " govuk-form-group--error");
        output.Attributes.SetAttribute("class", classes);
    }

    protected IHtmlContent LabelHtml(string? forId = null)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label" + (LabelClass is null ? string.Empty : " " + LabelClass));
        label.Attributes["for"] = forId ?? Id;
        label.InnerHtml.Append(Label ?? For.Metadata.GetDisplayName());
        if (!IsPageHeading)
        {
            return label;
        }

        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    protected IHtmlContent HintHtml()
    {
        if (string.IsNullOrEmpty(Hint))
        {
            return HtmlString.Empty;
        }

        var hint = new TagBuilder("div");
        hint.AddCssClass("govuk-hint");
        hint.Attributes["id"] = HintId;
        hint.InnerHtml.Append(Hint);
        return hint;
    }

    protected IHtmlContent ErrorHtml()
    {
        if (ErrorMessage is not { } message)
        {
            return HtmlString.Empty;
        }

        var error = new TagBuilder("p");
        error.AddCssClass("govuk-error-message");
        error.Attributes["id"] = ErrorId;
        error.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ");
        error.InnerHtml.Append(message);
        return error;
    }
}
