using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Improvement;

/// <summary>
/// Two people act on the same action: the second gets a 409 that keeps what they typed and shows, in the "Saved by
/// someone else" box, the action as the first person saved it.
/// </summary>
public abstract class ActionConflictTests(PortalFactory portal)
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

    [Fact]
    public async Task Update_ActionChangedMeanwhile_ShowsTheActionAsSaved()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-02");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var version = await VersionAsync(lead, $"/improvement/actions/{action.Id}/update");
        await SomeoneElseEditsAsync(action.Id, "IA2-02 as the governance team now words it");

        var (response, page) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "My progress"), new("Input.Assessment", "OnTrack"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("IA2-02 as the governance team now words it", SavedBySomeoneElse(page), StringComparison.Ordinal);
        Assert.Equal("My progress", page.QuerySelector<IHtmlTextAreaElement>("#Input_Narrative")?.Value);
    }

    [Fact]
    public async Task ReviseDate_ActionChangedMeanwhile_ShowsTheActionAsSaved()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA5-04");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var version = await VersionAsync(governance, $"/improvement/actions/{action.Id}/revise-date");
        await SomeoneElseEditsAsync(action.Id, "IA5-04 reworded meanwhile");

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/revise-date",
            [new("Input.NewDueDate.Day", "31"), new("Input.NewDueDate.Month", "12"), new("Input.NewDueDate.Year", "2027"), new("Input.Reason", "Budget moved"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var saved = SavedBySomeoneElse(page);
        Assert.Contains("IA5-04 reworded meanwhile", saved, StringComparison.Ordinal);
        Assert.Contains("31 March 2021", saved, StringComparison.Ordinal);
        Assert.Equal("Budget moved", page.QuerySelector<IHtmlTextAreaElement>("#Input_Reason")?.Value);
    }

    [Fact]
    public async Task OverrideRag_ActionChangedMeanwhile_ShowsTheActionAsSaved()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-03");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var version = await VersionAsync(governance, $"/improvement/actions/{action.Id}/rag");
        await SomeoneElseEditsAsync(action.Id, "IA2-03 reworded meanwhile");

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/rag",
            [new("Input.Rag", "Green"), new("Input.Rationale", "Nearly done"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var saved = SavedBySomeoneElse(page);
        Assert.Contains("IA2-03 reworded meanwhile", saved, StringComparison.Ordinal);
        Assert.Contains("Red", saved, StringComparison.Ordinal);
        Assert.Equal("Nearly done", page.QuerySelector<IHtmlTextAreaElement>("#Input_Rationale")?.Value);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteActionConflictTests(SqlitePortal portal) : ActionConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresActionConflictTests(PostgresPortal portal) : ActionConflictTests(portal);
