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
    [Fact]
    public async Task ReviseDate_ActionChangedMeanwhile_ShowsTheActionAsSaved()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA5-04");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var version = await ActionConflicts.VersionAsync(governance, $"/improvement/actions/{action.Id}/revise-date");
        await portal.SomeoneElseEditsAsync(action.Id, "IA5-04 reworded meanwhile");

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/revise-date",
            [new("Input.NewDueDate.Day", "31"), new("Input.NewDueDate.Month", "12"), new("Input.NewDueDate.Year", "2027"), new("Input.Reason", "Budget moved"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var saved = ActionConflicts.SavedBySomeoneElse(page);
        Assert.Contains("IA5-04 reworded meanwhile", saved, StringComparison.Ordinal);
        Assert.Contains("31 March 2021", saved, StringComparison.Ordinal);
        Assert.Equal("Budget moved", page.QuerySelector<IHtmlTextAreaElement>("#Input_Reason")?.Value);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteReviseDateConflictTests(SqlitePortal portal) : ReviseDateConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresReviseDateConflictTests(PostgresPortal portal) : ReviseDateConflictTests(portal);
