using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Framework;

public abstract class ProposalTests(PortalFactory portal)
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
    public async Task CountPendingProposals_ForGovernance_CountsOwnOrganisationOnly()
    {
        var (areaId, statementId) = await LeadsBlockAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        await ProposeAsync(lead, areaId, statementId, "Counted.");

        var expected = await portal.WithDbAsync(db => db.StatementProposals.CountAsync(p => p.Status == ProposalStatus.Pending && p.GovernanceArea!.Organisation!.Code == "MPS"));
        await using var scope = portal.NewScope();
        var accessor = scope.ServiceProvider.GetService(typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor)) as Microsoft.AspNetCore.Http.IHttpContextAccessor;
        Assert.NotNull(accessor);
        accessor.HttpContext = await SignedInContextAsync(scope.ServiceProvider, PortalFactory.Accounts.MetGovernance);
        var mediator = (Mediator.IMediator)scope.ServiceProvider.GetService(typeof(Mediator.IMediator))!;

        var counts = await mediator.Send(new GovernancePortal.Application.Features.Framework.Proposals.CountPendingProposalsQuery());

        Assert.Equal(expected, counts["MPS"]);
        Assert.False(counts.ContainsKey("MOPAC"));
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpContext> SignedInContextAsync(IServiceProvider services, string email)
    {
        var users = (Microsoft.AspNetCore.Identity.UserManager<GovernancePortal.Infrastructure.Identity.ApplicationUser>)services.GetService(typeof(Microsoft.AspNetCore.Identity.UserManager<GovernancePortal.Infrastructure.Identity.ApplicationUser>))!;
        var factory = (Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<GovernancePortal.Infrastructure.Identity.ApplicationUser>)services.GetService(typeof(Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<GovernancePortal.Infrastructure.Identity.ApplicationUser>))!;
        var user = await users.FindByEmailAsync(email);
        return new Microsoft.AspNetCore.Http.DefaultHttpContext { User = await factory.CreateAsync(user!), RequestServices = services };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteProposalTests(SqlitePortal portal) : ProposalTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresProposalTests(PostgresPortal portal) : ProposalTests(portal);
