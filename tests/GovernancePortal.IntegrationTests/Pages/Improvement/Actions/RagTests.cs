using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Overriding the RAG by hand, with the reason.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class RagTests(SqlitePortal portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task OverrideRag_WithoutRationale_IsRefusedAndWithOneIsMarked()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var action = await ActionAsync(OrganisationCodes.Met, "IA5-03");

        var (refused, refusedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/rag", [new("Input.Rag", "Amber")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Give the reason for overriding the calculated RAG", refusedPage.ErrorSummary());

        var (set, setPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/rag", [new("Input.Rag", "Amber"), new("Input.Rationale", "New supplier in place; risk contained")]);
        AssertRedirect(set, setPage);
        var after = await ActionAsync(OrganisationCodes.Met, "IA5-03");
        Assert.Equal(RagStatus.Amber, after.Rag);
        Assert.Equal(RagStatus.Red, after.CalculatedRag);
        var (_, register) = await governance.GetPageAsync("/improvement/register?q=IA5-03");
        Assert.Contains("(override)", register.QuerySelector("main .app-action-table")!.TextContent, StringComparison.Ordinal);
    }
}

public abstract class RagConflictTests(PortalFactory portal)
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
public sealed class SqliteRagConflictTests(SqlitePortal portal) : RagConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresRagConflictTests(PostgresPortal portal) : RagConflictTests(portal);
