using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Proposals;

/// <summary>The Proposals/Propose page (Propose.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ProposeTests(SqlitePortal portal)
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
    public async Task Propose_AreaTheLeadDoesNotLead_IsForbidden()
    {
        await portal.OpenMetDraftYearAsync();
        var areaId = await portal.MetAreaIdAsync("1");
        var statementId = await portal.NewDraftStatementAsync(areaId, "Area 1 text.");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri($"/framework/mps/areas/{areaId}/propose?statement={statementId}", UriKind.Relative))).StatusCode);

        // The lead's proposal form for an area they lead, as rendered, posted to the area they do not lead.
        var ownArea = await portal.MetAreaIdAsync("5");
        var form = (await lead.GetFormAsync($"/framework/mps/areas/{ownArea}/propose")).PostingTo($"/framework/mps/areas/{areaId}/propose?statement={statementId}");
        var (post, _) = await form.SubmitAsync([new("Input.ProposedText", "Not my area")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.StatementProposals.AnyAsync(p => p.AreaStatementId == statementId)));

        // Governance officers decide proposals but do not propose; MOPAC's officer cannot see the Met's queue.
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        Assert.Equal(HttpStatusCode.Forbidden, (await mopac.GetAsync(new Uri("/framework/mps/proposals", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mopac.GetAsync(new Uri("/framework/my-areas", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Propose_PublishedYearOnly_IsForbidden()
    {
        // The seeded MOPAC framework has only a published year; the lead is not a MOPAC lead either way.
        var mopacArea = await portal.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Organisation!.Code == "MOPAC").Select(a => a.Id).FirstAsync());
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri($"/framework/mopac/areas/{mopacArea}/propose", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Propose_HostileText_IsStoredCleanedAndShownEncoded()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var padding = new string('x', 10_000);
        var hostile = "<script>alert('x')</script>\u0007\u001B\u202E[link](javascript:alert(1)) " + padding;

        var (invalid, invalidPage) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose?statement={statementId}",
            [new("Input.ProposedText", hostile), new("Input.Reason", "<img src=x onerror=alert(1)>")]);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.StartsWith("Links must start with https://", Assert.Single(invalidPage.ErrorSummary()), StringComparison.Ordinal);
        Assert.Empty(invalidPage.QuerySelectorAll("main script"));

        var text = "<script>alert('x')</script>\u0007\u001B\u202E plain " + padding;
        var proposalId = await ProposeAsync(lead, areaId, statementId, text, "<img src=x onerror=alert(1)>");

        var proposal = await LatestProposalAsync(statementId);
        Assert.Equal("<script>alert('x')</script> plain " + padding, proposal.ProposedText);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, details) = await governance.GetPageAsync($"/framework/mps/proposals/{proposalId}");
        Assert.Empty(details.QuerySelectorAll("main script"));
        Assert.Empty(details.QuerySelectorAll("main img"));
        Assert.Contains("<script>alert('x')</script> plain", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", details.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_NewBlock_AcceptedAddsStatement()
    {
        await portal.OpenMetDraftYearAsync();
        var areaId = await portal.MetAreaIdAsync("12");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var subTopic = $"New topic {Guid.NewGuid():N}"[..22];

        var (missingKind, missingPage) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose", [new("Input.ProposedText", "A new block.")]);
        Assert.Equal(HttpStatusCode.BadRequest, missingKind.StatusCode);
        Assert.Equal(["Select which part of the area's text the new block belongs to"], missingPage.ErrorSummary());

        var (sent, _) = await lead.SubmitFormAsync($"/framework/mps/areas/{areaId}/propose",
            [new("Input.Kind", nameof(StatementKind.IntendedActivity)), new("Input.SubTopic", subTopic), new("Input.ProposedText", "A new block.")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var proposal = await portal.WithDbAsync(db => db.StatementProposals.AsNoTracking().SingleAsync(p => p.SubTopic == subTopic));
        Assert.Null(proposal.AreaStatementId);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (accepted, _) = await governance.SubmitFormAsync($"/framework/mps/proposals/{proposal.Id}", [], handler: "Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var added = await portal.WithDbAsync(db => db.AreaStatements.AsNoTracking().SingleAsync(s => s.SubTopic == subTopic));
        Assert.Equal("A new block.", added.Text);
        Assert.Equal(StatementKind.IntendedActivity, added.Kind);
        Assert.Equal(FrameworkTestData.DraftYear, added.Year);
    }

    [Fact]
    public async Task Propose_NewBlockOfAnotherStyleOfArea_OffersOnlyTheAreasKindsAndRefusesOthers()
    {
        await portal.OpenMetDraftYearAsync();
        var areaId = await portal.MetAreaIdAsync("12");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var url = $"/framework/mps/areas/{areaId}/propose";

        var (_, page) = await lead.GetPageAsync(url);
        var offered = page.QuerySelectorAll("input[name='Input.Kind']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([nameof(StatementKind.KeyControls), nameof(StatementKind.ActivityDuringYear), nameof(StatementKind.IntendedActivity)], offered);

        var subTopic = $"Wrong kind {Guid.NewGuid():N}"[..22];
        var (refused, refusedPage) = await lead.SubmitTamperedFormAsync(url,
            [new("Input.Kind", nameof(StatementKind.WorkingWell)), new("Input.SubTopic", subTopic), new("Input.ProposedText", "A MOPAC-style block.")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Select one of the parts of text this area has"], refusedPage.ErrorSummary());
        Assert.False(await portal.WithDbAsync(db => db.StatementProposals.AnyAsync(p => p.SubTopic == subTopic)));
    }
}
