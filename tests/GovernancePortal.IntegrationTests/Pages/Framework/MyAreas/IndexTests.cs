using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.MyAreas;

/// <summary>The MyAreas/Index page (Index.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
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
    public async Task MyAreas_NoDraftYear_SaysProposalsOpenLater()
    {
        // MOPAC never gets a draft year in these tests; the lead works for the Met, so give them a MOPAC area check via the page text.
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (response, document) = await lead.GetPageAsync("/framework/my-areas");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = document.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(2, headings.Count);
        Assert.StartsWith("Area 5:", headings[0], StringComparison.Ordinal);
        Assert.StartsWith("Area 12:", headings[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_PendingProposal_LeadCanThenProposeAgain()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        await ProposeAsync(lead, areaId, statementId, "First try.");

        var (twice, twicePage) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose?statement={statementId}", [new("Input.ProposedText", "Second try.")]);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("already have a proposal", Assert.Single(twicePage.ErrorSummary()), StringComparison.Ordinal);

        var proposal = await LatestProposalAsync(statementId);
        var (withdrawn, _) = await lead.SubmitFormAsync("/framework/my-areas",
            [new("Input.ProposalId", proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Version", proposal.Version.ToString())], handler: "Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ProposalStatus.Withdrawn, (await LatestProposalAsync(statementId)).Status);

        await ProposeAsync(lead, areaId, statementId, "Second try.");
    }
}
