using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>The "two tabs" of the action conflict tests: a form's version read first, someone else saving in between.</summary>
public static class ActionConflicts
{
    /// <summary>The version the form of <paramref name="url"/> carries now (the "first tab").</summary>
    public static async Task<string> VersionAsync(HttpClient client, string url)
    {
        var (_, form) = await client.GetPageAsync(url);
        return form.QuerySelector<IHtmlInputElement>("main form input[name='Input.Version']")!.Value;
    }

    /// <summary>Someone else changes the action's description (and so its version) through the edit form.</summary>
    public static async Task SomeoneElseEditsAsync(this PortalFactory portal, int actionId, string description)
    {
        using var other = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (response, document) = await other.SubmitFormAsync($"/improvement/actions/{actionId}/edit",
            [.. await EditFieldsAsync(other, actionId), new("Input.Description", description)]);
        ImprovementTestData.AssertRedirect(response, document);
    }

    /// <summary>The edit form's choices as it shows them (area, code, owner, source), so a save keeps them.</summary>
    public static async Task<List<KeyValuePair<string, string>>> EditFieldsAsync(HttpClient client, int actionId)
    {
        var (_, form) = await client.GetPageAsync($"/improvement/actions/{actionId}/edit");
        string Selected(string id) => form.QuerySelector<IHtmlSelectElement>($"#{id}")!.Value ?? string.Empty;
        return [new("Input.AreaId", Selected("Input_AreaId")), new("Input.Code", form.QuerySelector<IHtmlInputElement>("#Input_Code")?.Value ?? string.Empty),
            new("Input.OwnerId", Selected("Input_OwnerId")), new("Input.Source", Selected("Input_Source"))];
    }

    /// <summary>The "Saved by someone else" box of a 409 page: the values now stored.</summary>
    public static string SavedBySomeoneElse(IDocument page)
    {
        var box = page.QuerySelectorAll("main .govuk-inset-text").SingleOrDefault(b => b.QuerySelector("h2")?.TextContent == "Saved by someone else");
        Assert.NotNull(box);
        return box.QuerySelector(".govuk-summary-list")?.TextContent ?? string.Empty;
    }
}
