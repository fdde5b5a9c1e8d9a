using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Changing an action, while someone else changes it too (a conflict: on each provider).</summary>
public abstract class EditConflictTests(PortalFactory portal)
{
    /// <summary>The version the form of <paramref name="url"/> carries now (the "first tab").</summary>
    private static async Task<string> VersionAsync(HttpClient client, string url)
    {
        var (_, form) = await client.GetPageAsync(url);
        return form.QuerySelector<IHtmlInputElement>("main form input[name='Input.Version']")!.Value;
    }

    /// <summary>Someone else changes the action's description (and so its version) through the edit form.</summary>
    private async Task SomeoneElseEditsAsync(int actionId, string description)
    {
        using var other = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (response, document) = await other.SubmitFormAsync($"/improvement/actions/{actionId}/edit",
            [.. await EditFieldsAsync(other, actionId), new("Input.Description", description)]);
        ImprovementTestData.AssertRedirect(response, document);
    }

    /// <summary>The edit form's choices as it shows them (area, code, owner, source), so a save keeps them.</summary>
    private static async Task<List<KeyValuePair<string, string>>> EditFieldsAsync(HttpClient client, int actionId)
    {
        var (_, form) = await client.GetPageAsync($"/improvement/actions/{actionId}/edit");
        string Selected(string id) => form.QuerySelector<IHtmlSelectElement>($"#{id}")!.Value ?? string.Empty;
        return [new("Input.AreaId", Selected("Input_AreaId")), new("Input.Code", form.QuerySelector<IHtmlInputElement>("#Input_Code")?.Value ?? string.Empty),
            new("Input.OwnerId", Selected("Input_OwnerId")), new("Input.Source", Selected("Input_Source"))];
    }

    private static string SavedBySomeoneElse(IDocument page)
    {
        var box = page.QuerySelectorAll("main .govuk-inset-text").SingleOrDefault(b => b.QuerySelector("h2")?.TextContent == "Saved by someone else");
        Assert.NotNull(box);
        return box.QuerySelector(".govuk-summary-list")?.TextContent ?? string.Empty;
    }

    [Fact]
    public async Task EditAction_SavedBySomeoneElseMeanwhile_ShowsTheirValuesAndKeepsYours()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA4-02");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var version = await VersionAsync(governance, $"/improvement/actions/{action.Id}/edit");
        await SomeoneElseEditsAsync(action.Id, "Their wording of IA4-02");

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/edit",
            [.. await EditFieldsAsync(governance, action.Id), new("Input.Description", "My wording of IA4-02"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Their wording of IA4-02", SavedBySomeoneElse(page), StringComparison.Ordinal);
        Assert.Equal("My wording of IA4-02", page.QuerySelector<IHtmlTextAreaElement>("main form textarea[name$='.Description']")?.Value);
        Assert.NotEqual(version, page.QuerySelector<IHtmlInputElement>("main form input[name='Input.Version']")!.Value);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteEditConflictTests(SqlitePortal portal) : EditConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresEditConflictTests(PostgresPortal portal) : EditConflictTests(portal);
