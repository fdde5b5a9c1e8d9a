using AngleSharp.Dom;
using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Framework;

public abstract class FrameworkBrowseTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task GetYear_MetGovernance_ShowsFourteenAreasUnderSevenPrinciples()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.GetPageAsync("/framework/mps/2016-17");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var numbers = document.QuerySelectorAll("table.app-area-table tbody tr td:first-child").Select(td => td.TextContent.Trim());
        Assert.Equal(Enumerable.Range(1, 14), numbers.Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(7, document.QuerySelectorAll("main h2[id^=principle-]").Length);
        Assert.Contains("Published", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("table.app-area-table td"), td => td.TextContent.Contains("AC Professionalism", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetYears_SeededYears_ShowTheDatesTheSourcePapersGive()
    {
        using var met = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var mopac = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (_, metYears) = await met.GetPageAsync("/framework/mps/years");
        var (_, mopacYears) = await mopac.GetPageAsync("/framework/mopac/years");

        static string Row(IDocument page, string year) =>
            page.QuerySelectorAll("main table tbody tr").Single(r => r.QuerySelector("th, td")!.TextContent.Contains(year, StringComparison.Ordinal)).TextContent;
        Assert.Contains("13 June 2017", Row(metYears, "2016/17"), StringComparison.Ordinal);
        Assert.Contains("19 June 2019", Row(mopacYears, "2018/19"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFramework_WithoutYear_ShowsLatestVisibleYear()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/mopac");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2018/19", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, document.QuerySelectorAll("table.app-area-table tbody tr").Length);
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
    public async Task GetArea_OtherOrganisationsArea_IsNotFound()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MOPAC", "4.2");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/framework/mps/areas/{area.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditArea_InvalidInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "3");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{area.Id}/edit",
        [
            new("Input.Reference", ""),
            new("Input.Title", "A new title kept after the error"),
            new("Input.Description", area.Description),
            new("Input.PrincipleId", area.PrincipleId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Version", area.Version.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the area's number, like 15 or 4.8"], document.ErrorSummary());
        Assert.Equal("A new title kept after the error", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(area.Title, (await FrameworkTestData.AreaAsync(portal, "MPS", "3")).Title);
    }

    [Fact]
    public async Task EditArea_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "4");
        var staleVersion = area.Version;
        await FrameworkTestData.WithDbAsync(portal, async db =>
        {
            var stored = await db.GovernanceAreas.FindAsync(area.Id);
            stored!.Title = "Performance framework (saved by a colleague)";
            return await db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{area.Id}/edit",
        [
            new("Input.Reference", area.Reference),
            new("Input.Title", "My own title"),
            new("Input.Description", area.Description),
            new("Input.PrincipleId", area.PrincipleId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Version", staleVersion.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Performance framework (saved by a colleague)", document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My own title", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Performance framework (saved by a colleague)", (await FrameworkTestData.AreaAsync(portal, "MPS", "4")).Title);
    }

    [Fact]
    public async Task EditArea_MopacGovernanceOnMetArea_IsForbidden()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "2");
        using var client = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var response = await client.GetAsync(new Uri($"/framework/mps/areas/{area.Id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateArea_NumberAlreadyUsed_ShowsErrorOnNumber()
    {
        var principle = (await FrameworkTestData.AreaAsync(portal, "MPS", "1")).PrincipleId;
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync("/framework/mps/areas/create",
        [
            new("Input.Reference", "1"),
            new("Input.Title", "Duplicate"),
            new("Input.Description", "Covers nothing"),
            new("Input.PrincipleId", principle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Met already has an area numbered 1", document.FieldError("Input_Reference"));
    }

    [Fact]
    public async Task Search_WordsInText_FindsAreasAcrossOrganisationsIgnoringCase()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/search?q=RISK+register");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = document.QuerySelectorAll(".app-search-results__item h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.StartsWith("Met ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_Empty_ShowsErrorWith400()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/search?q=");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter words to search for"], document.ErrorSummary());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFrameworkBrowseTests(SqlitePortal portal) : FrameworkBrowseTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFrameworkBrowseTests(PostgresPortal portal) : FrameworkBrowseTests(portal);
