using System.Net;
using System.Text;
using GovernancePortal.IntegrationTests.Pages.Improvement;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations.Import;

/// <summary>Uploading a file of recommendations: who may, what is refused, and the files waiting.</summary>
[Collection(ImportCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Upload_ValidFileListedAsPending_FakeWorkbookRefusedWith400()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var fake = await client.UploadRecommendationsAsync("mps", "register.xlsx", Encoding.UTF8.GetBytes("Source,Report,Ref,Recommendation\r\nIOPC,A,R1,x\r\n"));
        var preview = await client.UploadRecommendationsOrFailAsync("mps", "waiting register.csv", Encoding.UTF8.GetBytes("Source,Report,Ref,Recommendation\r\nIOPC,Pending report,R1,Waiting\r\n"));
        var (_, index) = await client.GetPageAsync("/recommendations/mps/import");

        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Contains((await Html.ParseAsync(fake)).ErrorSummary(), e => e.StartsWith("The selected file is not an Excel workbook", StringComparison.Ordinal));
        Assert.Matches(@"^/recommendations/import/\d+$", preview);
        Assert.Contains(index.QuerySelectorAll("table a"), a => a.TextContent == "waiting register.csv" && a.GetAttribute("href") == preview);
    }

    [Fact]
    public async Task Upload_AnotherOrganisationsRegister_IsForbidden()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var response = await client.GetAsync(new Uri("/recommendations/mps/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
