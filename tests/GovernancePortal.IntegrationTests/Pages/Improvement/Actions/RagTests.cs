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
    [Fact]
    public async Task OverrideRag_ActionChangedMeanwhile_ShowsTheActionAsSaved()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-03");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var version = await ActionConflicts.VersionAsync(governance, $"/improvement/actions/{action.Id}/rag");
        await portal.SomeoneElseEditsAsync(action.Id, "IA2-03 reworded meanwhile");

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/rag",
            [new("Input.Rag", "Green"), new("Input.Rationale", "Nearly done"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var saved = ActionConflicts.SavedBySomeoneElse(page);
        Assert.Contains("IA2-03 reworded meanwhile", saved, StringComparison.Ordinal);
        Assert.Contains("Red", saved, StringComparison.Ordinal);
        Assert.Equal("Nearly done", page.QuerySelector<IHtmlTextAreaElement>("#Input_Rationale")?.Value);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteRagConflictTests(SqlitePortal portal) : RagConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresRagConflictTests(PostgresPortal portal) : RagConflictTests(portal);
