using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovernancePortal.Web.Forms;

/// <summary>GOV.UK text input: <c>&lt;govuk-input for="Input.Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Width class, e.g. govuk-input--width-20 or govuk-!-width-two-thirds.</summary>
    public string? InputClass { get; set; }

    public bool? Spellcheck { get; set; }

    public string? Inputmode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        StartFormGroup(output);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input" + (InputClass is null ? string.Empty : " " + InputClass) + (ErrorMessage is null ? string.Empty : " govuk-input--error"));
        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = Type;
        if (CurrentValue is { Length: > 0 } value)
        {
            input.Attributes["value"] = value;
        }

        if (DescribedBy() is { } describedBy)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (Inputmode is not null)
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        output.Content.AppendHtml(LabelHtml());
        output.Content.AppendHtml(HintHtml());
        output.Content.AppendHtml(ErrorHtml());
        output.Content.AppendHtml(input);
    }
}

/// <summary>
/// GOV.UK password input with the show/hide button. The value is never written back into the page.
/// </summary>
[HtmlTargetElement("govuk-password", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkPasswordTagHelper : GovUkFieldTagHelper
{
    public string Autocomplete { get; set; } = "current-password";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        StartFormGroup(output, "govuk-password-input");
        output.Attributes.SetAttribute("data-module", "govuk-password-input");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input govuk-password-input__input govuk-js-password-input-input" + (ErrorMessage is null ? string.Empty : " govuk-input--error"));
        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = "password";
        input.Attributes["spellcheck"] = "false";
        input.Attributes["autocapitalize"] = "none";
        input.Attributes["autocomplete"] = Autocomplete;
        if (DescribedBy() is { } describedBy)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        var toggle = new TagBuilder("button");
        toggle.AddCssClass("govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle");
        toggle.Attributes["type"] = "button";
        toggle.Attributes["data-module"] = "govuk-button";
        toggle.Attributes["aria-controls"] = Id;
        toggle.Attributes["aria-label"] = "Show password";
        toggle.Attributes["hidden"] = "hidden";
        toggle.InnerHtml.Append("Show");

        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("govuk-input__wrapper govuk-password-input__wrapper");
        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(toggle);

        output.Content.AppendHtml(LabelHtml());
        output.Content.AppendHtml(HintHtml());
        output.Content.AppendHtml(ErrorHtml());
        output.Content.AppendHtml(wrapper);
    }
}

/// <summary>GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        StartFormGroup(output);
        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea" + (ErrorMessage is null ? string.Empty : " govuk-textarea--error"));
        textarea.Attributes["id"] = Id;
        textarea.Attributes["name"] = Name;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (DescribedBy() is { } describedBy)
        {
            textarea.Attributes["aria-describedby"] = describedBy;
        }

        // A leading newline would be eaten by the HTML parser; this one keeps the value exact.
        textarea.InnerHtml.AppendHtml("\n");
        textarea.InnerHtml.Append(CurrentValue ?? string.Empty);
        output.Content.AppendHtml(LabelHtml());
        output.Content.AppendHtml(HintHtml());
        output.Content.AppendHtml(ErrorHtml());
        output.Content.AppendHtml(textarea);
    }
}
