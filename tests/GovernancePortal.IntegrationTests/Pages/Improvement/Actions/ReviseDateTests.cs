using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>The governance team revises a due date; the ledger records it.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class ReviseDateTests(SqlitePortal portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task ReviseDate_WithoutReason_ReshowsFormWithWhatWasTyped()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var action = await ActionAsync(OrganisationCodes.Met, "IA5-01");

        var (response, document) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/revise-date",
            [new("Input.NewDueDate.Day", "30"), new("Input.NewDueDate.Month", "9"), new("Input.NewDueDate.Year", "2027"), new("Input.ForOwner", "True")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give the reason the due date is changing", document.ErrorSummary());
        Assert.Equal("2027", document.QuerySelector<IHtmlInputElement>("#Input_NewDueDate-year")?.Value);
        Assert.True(document.QuerySelector<IHtmlInputElement>("input[name='Input.ForOwner'][value='True']")?.IsChecked);
        Assert.Equal(0, (await ActionAsync(OrganisationCodes.Met, "IA5-01")).RevisionCount);
    }

    [Fact]
    public async Task ReviseDate_GovernanceRevisesDirectly_LedgerShowsThemAsAskerAndApprover()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var before = await ActionAsync(OrganisationCodes.Met, "IA5-02");

        var (response, document) = await governance.SubmitFormAsync($"/improvement/actions/{before.Id}/revise-date",
            [new("Input.NewDueDate.Day", "31"), new("Input.NewDueDate.Month", "3"), new("Input.NewDueDate.Year", "2027"),
             new("Input.Reason", "Supplier re-procurement"), new("Input.ForOwner", "False")]);
        AssertRedirect(response, document);

        var after = await ActionAsync(OrganisationCodes.Met, "IA5-02");
        Assert.Equal(before.OriginalDueDate, after.OriginalDueDate);
        Assert.Equal(new DateOnly(2027, 3, 31), after.DueDate);
        Assert.Equal(1, after.RevisionCount);
        var revision = Assert.Single(after.DateRevisions);
        Assert.Equal(before.DueDate, revision.PreviousDueDate);
        Assert.Equal("Demo Met Governance Officer", revision.ApprovedByName);
        Assert.Equal("Demo Met Governance Officer", revision.RequestedByName);
        Assert.Equal(revision.ApprovedByUserId, revision.RequestedByUserId);
        Assert.Null(revision.ApprovedByText);
        Assert.Equal(RagStatus.Amber, after.Rag);
        var (_, page) = await governance.GetPageAsync($"/improvement/actions/{before.Id}");
        Assert.Contains("Supplier re-procurement", page.QuerySelector("#ledger + table")!.TextContent, StringComparison.Ordinal);
    }
}

public abstract class ReviseDateConflictTests(PortalFactory portal)
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
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteReviseDateConflictTests(SqlitePortal portal) : ReviseDateConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresReviseDateConflictTests(PostgresPortal portal) : ReviseDateConflictTests(portal);
