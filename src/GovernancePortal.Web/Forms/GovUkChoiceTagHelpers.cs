using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovernancePortal.Web.Forms;

/// <summary>An option of a checkbox or radio group.</summary>
public sealed record ChoiceItem(string Value, string Text, string? Hint = null);

/// <summary>Shared markup for GOV.UK checkboxes and radios: a fieldset with a legend, hint and error, then the items.</summary>
public abstract class GovUkChoiceTagHelper(string kind) : GovUkFieldTagHelper
{
    public IEnumerable<ChoiceItem> Items { get; set; } = [];

    /// <summary>Radios side by side (for two short options).</summary>
    public bool Inline { get; set; }

    protected abstract IReadOnlyCollection<string> SelectedValues { get; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        StartFormGroup(output);

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        if (DescribedBy() is { } describedBy)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend" + (LabelClass is null ? string.Empty : " " + LabelClass.Replace("govuk-label", "govuk-fieldset__legend", StringComparison.Ordinal)));
        if (IsPageHeading)
        {
            legend.InnerHtml.AppendHtml($"<h1 class=\"govuk-fieldset__heading\">{System.Net.WebUtility.HtmlEncode(Label)}</h1>");
        }
        else
        {
            legend.InnerHtml.Append(Label ?? For.Metadata.GetDisplayName());
        }

        var group = new TagBuilder("div");
        group.AddCssClass($"govuk-{kind}" + (Inline ? $" govuk-{kind}--inline" : string.Empty));
        group.Attributes["data-module"] = $"govuk-{kind}";
        var selected = SelectedValues;
        var index = 0;
        foreach (var item in Items)
        {
            group.InnerHtml.AppendHtml(ItemHtml(item, index++, selected.Contains(item.Value)));
        }

        fieldset.InnerHtml.AppendHtml(legend);
        fieldset.InnerHtml.AppendHtml(HintHtml());
        fieldset.InnerHtml.AppendHtml(ErrorHtml());
        fieldset.InnerHtml.AppendHtml(group);
        output.Content.AppendHtml(fieldset);
    }

    private TagBuilder ItemHtml(ChoiceItem item, int index, bool isSelected)
    {
        // The first item takes the field's id so the error summary link lands on it.
        var id = index == 0 ? Id : Id + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass($"govuk-{kind}__item");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"govuk-{kind}__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = kind == "checkboxes" ? "checkbox" : "radio";
        input.Attributes["value"] = item.Value;
        if (isSelected)
        {
            input.Attributes["checked"] = "checked";
        }

        var label = new TagBuilder("label");
        label.AddCssClass($"govuk-label govuk-{kind}__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(item.Text);
        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(label);
        if (item.Hint is not null)
        {
            input.Attributes["aria-describedby"] = id + "-item-hint";
            var hint = new TagBuilder("div");
            hint.AddCssClass($"govuk-hint govuk-{kind}__hint");
            hint.Attributes["id"] = id + "-item-hint";
            hint.InnerHtml.Append(item.Hint);
            wrapper.InnerHtml.AppendHtml(hint);
        }

        return wrapper;
    }

    protected IReadOnlyCollection<string> ValuesFromModel()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] many => many,
                string one => [one],
                _ => [],
            };
        }

        return For.Model switch
        {
            null => [],
            string one => [one],
            IEnumerable many => [.. many.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty)],
            var one => [Convert.ToString(one, CultureInfo.InvariantCulture) ?? string.Empty],
        };
    }
}

/// <summary>GOV.UK checkboxes bound to a collection.</summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper() : GovUkChoiceTagHelper("checkboxes")
{
    protected override IReadOnlyCollection<string> SelectedValues => ValuesFromModel();
}

/// <summary>GOV.UK radios bound to a single value.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper() : GovUkChoiceTagHelper("radios")
{
    protected override IReadOnlyCollection<string> SelectedValues => ValuesFromModel();
}

/// <summary>
/// The GOV.UK error summary, listing every ModelState error with a link to its field. Renders nothing when the form
/// has no errors. Put it first inside main content.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [Microsoft.AspNetCore.Mvc.ViewFeatures.ViewContext]
    [HtmlAttributeNotBound]
    public Microsoft.AspNetCore.Mvc.Rendering.ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        var list = new HtmlContentBuilder();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = System.Net.WebUtility.HtmlEncode(error.ErrorMessage);
                list.AppendHtml(string.IsNullOrEmpty(key)
                    ? $"<li>{message}</li>"
                    : $"<li><a href=\"#{GovUkFieldTagHelper.FieldId(key)}\">{message}</a></li>");
            }
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        output.Content.AppendHtml(list);
        output.Content.AppendHtml("</ul></div></div>");
    }
}
