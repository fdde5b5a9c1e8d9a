using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Panel;

/// <summary>The Panel/Index page (/panel).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Index_PanelMember_SeesMembersAndTheUpcomingMeeting()
    {
        var meeting = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await client.GetPageAsync("/panel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PanelTestData.Member, page.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#upcoming-meetings a[href='/panel/meetings/{meeting}']"));
        Assert.Null(page.QuerySelector("a[href='/panel/edit']"));
    }
}
