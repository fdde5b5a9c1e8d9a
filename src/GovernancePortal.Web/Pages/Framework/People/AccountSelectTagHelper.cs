using GovernancePortal.Application.Features.Framework.People;
using GovernancePortal.Web.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovernancePortal.Web.Pages.Framework.People;

/// <summary>
/// A GOV.UK select of the organisation's sign-in accounts, with "No linked account" first:
/// <c>&lt;app-account-select for="Input.UserId" label="Linked account" accounts="Model.Accounts" /&gt;</c>.
/// </summary>
[HtmlTargetElement("app-account-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AccountSelectTagHelper : GovUkFieldTagHelper
{
    public IEnumerable<AccountOption> Accounts { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        StartFormGroup(output);
        var select = new TagBuilder("select");
        select.AddCssClass("govuk-select" + (ErrorMessage is null ? string.Empty : " govuk-select--error"));
        select.Attributes["id"] = Id;
        select.Attributes["name"] = Name;
        if (DescribedBy() is { } describedBy)
        {
            select.Attributes["aria-describedby"] = describedBy;
        }

        var current = CurrentValue ?? string.Empty;
        select.InnerHtml.AppendHtml(Option(string.Empty, "No linked account", current.Length == 0));
        foreach (var account in Accounts)
        {
            select.InnerHtml.AppendHtml(Option(account.UserId, $"{account.DisplayName} ({account.Email})", account.UserId == current));
        }

        output.Content.AppendHtml(LabelHtml());
        output.Content.AppendHtml(HintHtml());
        output.Content.AppendHtml(ErrorHtml());
        output.Content.AppendHtml(select);
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
