using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework;

/// <summary>The Year page (Year.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class YearTests(SqlitePortal portal)
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
        var numbers = document.QuerySelectorAll("table.app-area-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        // The fourteen seeded areas, plus any live area other tests added (a live area shows in every year).
        var live = await portal.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Organisation!.Code == "MPS" && !a.IsArchived).Select(a => a.Reference).ToListAsync());
        Assert.Superset(Enumerable.Range(1, 14).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(), numbers.ToHashSet());
        Assert.Equal(live.Order(StringComparer.Ordinal), numbers.Order(StringComparer.Ordinal));
        Assert.Equal(7, document.QuerySelectorAll("main h2[id^=principle-]").Length);
        Assert.Contains("Published", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("table.app-area-table td"), td => td.TextContent.Contains("AC Professionalism", StringComparison.Ordinal));
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
    public async Task DraftYear_OutsideTheOrganisation_IsForbiddenButOwnLeadCanRead()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        foreach (var (email, expected) in new[]
        {
            (PortalFactory.Accounts.MopacGovernance, HttpStatusCode.Forbidden),
            (PortalFactory.Accounts.Panel, HttpStatusCode.Forbidden),
            (PortalFactory.Accounts.Admin, HttpStatusCode.Forbidden),
            (PortalFactory.Accounts.Lead, HttpStatusCode.OK),
            (PortalFactory.Accounts.MetGovernance, HttpStatusCode.OK),
        })
        {
            using var client = await SignedInAsync(email);
            var response = await client.GetAsync(new Uri("/framework/mps/2017-18", UriKind.Relative));
            Assert.True(expected == response.StatusCode, $"{email}: expected {expected}, got {response.StatusCode}");

            // The draft is not listed to those who cannot open it, nor found by their searches.
            var (_, index) = await client.GetPageAsync("/framework");
            Assert.Equal(expected == HttpStatusCode.OK, index.QuerySelector("a[href='/framework/mps/2017-18']") is not null);
        }
    }
}
