using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Proposals;

/// <summary>The Proposals/Details page (Details.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    private async Task<(int AreaId, int StatementId)> LeadsBlockAsync(string text = "The original text.")
    {
        var areaId = await portal.MetAreaIdAsync("5");
        return (areaId, await portal.NewDraftStatementAsync(areaId, text));
    }

    private Task<StatementProposal> LatestProposalAsync(int statementId) =>
        portal.WithDbAsync(db => db.StatementProposals.AsNoTracking().Where(p => p.AreaStatementId == statementId).OrderByDescending(p => p.Id).FirstAsync());

    private async Task<int> ProposeAsync(HttpClient lead, int areaId, int statementId, string text, string reason = "")
    {
        var (response, document) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose?statement={statementId}",
            [new("Input.ProposedText", text), new("Input.Reason", reason)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Proposing failed with {(int)response.StatusCode}: {string.Join("; ", document.ErrorSummary())}");
        Assert.Equal("/framework/my-areas", response.Headers.Location?.OriginalString);
        return (await LatestProposalAsync(statementId)).Id;
    }

    [Fact]
    public async Task Propose_LeadOwnAreaThenGovernanceAccepts_ReplacesStatementText()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (_, myAreas) = await lead.GetPageAsync("/framework/my-areas");
        Assert.NotNull(myAreas.QuerySelector($"a[href='/framework/mps/areas/{areaId}/propose?statement={statementId}']"));
        var (_, form) = await lead.GetPageAsync($"/framework/mps/areas/{areaId}/propose?statement={statementId}");
        Assert.Equal("The original text.", form.QuerySelector<IHtmlTextAreaElement>("#Input_ProposedText")?.Value);

        var proposalId = await ProposeAsync(lead, areaId, statementId, "The **new** text.\n\n- with a bullet", "The board changed");

        var proposal = await LatestProposalAsync(statementId);
        Assert.Equal(ProposalStatus.Pending, proposal.Status);
        Assert.Equal("Demo Senior Lead", proposal.ProposedByName);
        Assert.Equal((await portal.StatementAsync(statementId)).Version, proposal.BaseVersion);
        Assert.Equal(FrameworkTestData.DraftYear, proposal.Year);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, queue) = await governance.GetPageAsync("/framework/mps/proposals");
        Assert.NotNull(queue.QuerySelector($"a[href='/framework/mps/proposals/{proposalId}']"));
        var (_, details) = await governance.GetPageAsync($"/framework/mps/proposals/{proposalId}");
        Assert.Equal("new", details.QuerySelector("main .govuk-grid-column-one-half:last-child strong")?.TextContent);
        Assert.Contains("The original text.", details.QuerySelector("main .govuk-grid-column-one-half")!.TextContent, StringComparison.Ordinal);

        var (accepted, _) = await governance.SubmitFormAsync($"/framework/mps/proposals/{proposalId}", [], handler: "Accept");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("The **new** text.\n\n- with a bullet", (await portal.StatementAsync(statementId)).Text);
        var decided = await LatestProposalAsync(statementId);
        Assert.Equal(ProposalStatus.Accepted, decided.Status);
        Assert.Equal("Demo Met Governance Officer", decided.DecidedByName);
        Assert.NotNull(decided.DecidedAtUtc);

        var (_, after) = await lead.GetPageAsync("/framework/my-areas");
        Assert.Contains("Accepted", after.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_WithoutComment_IsRefusedThenWithCommentLeadSeesIt()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var proposalId = await ProposeAsync(lead, areaId, statementId, "Wording the team will not take.");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/proposals/{proposalId}";

        var (refused, document) = await governance.SubmitFormAsync(url, [new("Input.Comment", "  ")], handler: "Return");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter a comment to tell the lead why you are returning their proposal"], document.ErrorSummary());

        var (returned, _) = await governance.SubmitFormAsync(url, [new("Input.Comment", "Please keep the reference to the board.")], handler: "Return");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var proposal = await LatestProposalAsync(statementId);
        Assert.Equal(ProposalStatus.Returned, proposal.Status);
        Assert.Equal("The original text.", (await portal.StatementAsync(statementId)).Text);

        var (_, myAreas) = await lead.GetPageAsync("/framework/my-areas");
        var row = myAreas.QuerySelectorAll("main tbody tr").Single(r => r.QuerySelector("form") is null && r.TextContent.Contains("Please keep the reference to the board.", StringComparison.Ordinal));
        Assert.Contains("Returned", row.TextContent, StringComparison.Ordinal);

        // A decided proposal offers no decision any more.
        var (after, afterPage) = await governance.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Empty(afterPage.QuerySelectorAll("main form"));
        Assert.Contains("Please keep the reference to the board.", afterPage.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>Tests of the Proposals/Details page where the database provider matters (concurrency conflicts, search): run on SQLite and PostgreSQL.</summary>
public abstract class DetailsProviderTests(PortalFactory portal)
{
    private async Task<(int AreaId, int StatementId)> LeadsBlockAsync(string text = "The original text.")
    {
        var areaId = await portal.MetAreaIdAsync("5");
        return (areaId, await portal.NewDraftStatementAsync(areaId, text));
    }

    private Task<StatementProposal> LatestProposalAsync(int statementId) =>
        portal.WithDbAsync(db => db.StatementProposals.AsNoTracking().Where(p => p.AreaStatementId == statementId).OrderByDescending(p => p.Id).FirstAsync());

    private async Task<int> ProposeAsync(HttpClient lead, int areaId, int statementId, string text, string reason = "")
    {
        var (response, document) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose?statement={statementId}",
            [new("Input.ProposedText", text), new("Input.Reason", reason)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Proposing failed with {(int)response.StatusCode}: {string.Join("; ", document.ErrorSummary())}");
        Assert.Equal("/framework/my-areas", response.Headers.Location?.OriginalString);
        return (await LatestProposalAsync(statementId)).Id;
    }

    [Fact]
    public async Task Accept_TextChangedSinceProposal_IsRefusedUntilAcceptedAnyway()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var proposalId = await ProposeAsync(lead, areaId, statementId, "The lead's wording.");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/proposals/{proposalId}";
        var (_, page) = await governance.GetPageAsync(url);
        var version = page.QuerySelector<IHtmlInputElement>("form[action*=Accept] input[name='Input.Version']")!.Value;

        // A governance officer edits the block after the lead proposed.
        await portal.WithDbAsync(async db =>
        {
            var statement = await db.AreaStatements.SingleAsync(s => s.Id == statementId);
            statement.Text = "Edited by the governance team meanwhile.";
            return await db.SaveChangesAsync();
        });

        var (refused, document) = await governance.SubmitFormAsync(url, [new("Input.Version", version), new("Input.AcceptAnyway", "false")], handler: "Accept");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("The text has been changed since this proposal was made", Assert.Single(document.ErrorSummary()), StringComparison.Ordinal);
        Assert.Contains("Edited by the governance team meanwhile.", document.QuerySelector("main .govuk-grid-column-one-half")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Accept anyway", document.QuerySelector("form[action*=Accept] button")?.TextContent.Trim());
        Assert.Equal("Edited by the governance team meanwhile.", (await portal.StatementAsync(statementId)).Text);
        Assert.Equal(ProposalStatus.Pending, (await LatestProposalAsync(statementId)).Status);

        var (anyway, _) = await governance.SubmitFormAsync(url, [], handler: "Accept");
        Assert.Equal(HttpStatusCode.Redirect, anyway.StatusCode);
        Assert.Equal("The lead's wording.", (await portal.StatementAsync(statementId)).Text);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDetailsProviderTests(SqlitePortal portal) : DetailsProviderTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDetailsProviderTests(PostgresPortal portal) : DetailsProviderTests(portal);
