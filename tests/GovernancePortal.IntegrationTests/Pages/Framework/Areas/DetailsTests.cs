using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Areas;

/// <summary>The Areas/Details page (Details.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task GetArea_MetRiskManagement_ShowsKeyControlsAndReviewUnderSubHeadings()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "7");
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync($"/framework/mps/areas/{area.Id}?year=2016-17");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(area.Title, document.QuerySelector("h1")!.TextContent.Trim());
        var headings = document.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Code of Governance", headings);
        Assert.Contains("Key controls to manage this activity", headings);
        Assert.Contains("Activity during the year", headings);
        Assert.NotEmpty(document.QuerySelectorAll(".app-statement p.govuk-body"));
        // A panel member reads; they get no change links and no history.
        Assert.Empty(document.QuerySelectorAll("a[href$='/edit']"));
        Assert.Null(document.QuerySelector("a[href^='/history/']"));
    }

    [Fact]
    public async Task GetArea_MopacSection_ShowsAimLeadInAndCommitments()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MOPAC", "4.1");
        using var client = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, document) = await client.GetPageAsync($"/framework/mopac/areas/{area.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(document.QuerySelectorAll("main p"), p => p.TextContent.Trim() == "To achieve this, MOPAC:");
        Assert.Equal(area.Statements.Count(s => s.Kind == Domain.Framework.StatementKind.Commitment), document.QuerySelectorAll("li.app-statement").Length);
        Assert.NotNull(document.QuerySelector($"a[href='/history/governance-area/{area.Id}']"));
    }

    [Fact]
    public async Task GetArea_MopacSection2018_ShowsTheAgsReviewQuestionsOfItsPrinciple()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MOPAC", "4.1");
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync($"/framework/mopac/areas/{area.Id}?year=2018-19");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = document.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("What is working well?", headings);
        Assert.Contains("How did we respond to last year's recommendations?", headings);
        Assert.Contains("What could be improved?", headings);
        Assert.DoesNotContain("Activity during the year", headings);
        Assert.Contains("The Police and Crime Plan continues to drive the work of MOPAC", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArea_OtherOrganisationsArea_IsNotFound()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MOPAC", "4.2");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/framework/mps/areas/{area.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetArea_LeadInDraftYear_OffersProposalsWithTheKindChosen()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "5");
        using var client = await SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await client.GetPageAsync($"/framework/mps/areas/{area.Id}?year=2017-18");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll($"a[href^='/framework/mps/areas/{area.Id}/propose?statement=']"));
        Assert.Empty(page.QuerySelectorAll("a[href*='/text/']"));
        var proposeNew = page.QuerySelector($"a[href='/framework/mps/areas/{area.Id}/propose?kind=IntendedActivity']");
        Assert.NotNull(proposeNew);

        var (formResponse, form) = await client.GetPageAsync(proposeNew.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
        Assert.NotNull(form.QuerySelector("input[type=radio][value=IntendedActivity][checked]"));
    }
}
