using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Actions;

/// <summary>The Panel/Actions/Index page (/panel/actions).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Index_ByDefault_ListsOpenActionsOnly_AndClosedOnRequest()
    {
        var meeting = await portal.NewMeetingAsync();
        await portal.NewActionAsync(meeting, "Open request for the index");
        await portal.NewActionAsync(meeting, "Closed request for the index", closed: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (_, open) = await client.GetPageAsync("/panel/actions");
        var (_, closed) = await client.GetPageAsync("/panel/actions?show=closed");

        Assert.Contains("Open request for the index", open.QuerySelector("#actions")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Closed request for the index", open.QuerySelector("#actions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Closed request for the index", closed.QuerySelector("#actions")!.TextContent, StringComparison.Ordinal);
        Assert.Null(open.QuerySelector("a[href='/panel/actions/create']"));
    }
}
