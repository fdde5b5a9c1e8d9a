using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Publications;

/// <summary>The Panel/Publications/Correct page (/panel/publications/{id}/correct).</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class CorrectTests(SqlitePortal portal)
{
    [Fact]
    public async Task Correct_WithReason_PublishesANewEditionAndKeepsTheFirst()
    {
        var (_, first) = await portal.PublishedMeetingAsync(new DateOnly(2031, 9, 10));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/panel/publications/{first}/correct");

        var (refused, page) = await form.SubmitAsync([new("Input.Reason", " ")]);
        var (published, _) = await form.SubmitAsync([new("Input.Reason", "Table 2 had last quarter's figures.")]);
        var (_, second) = await client.GetPageAsync(published.Headers.Location!.OriginalString);
        var (_, original) = await client.GetPageAsync($"/panel/publications/{first}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Give the reason for the correction", page.FieldError("Input_Reason"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Corrects edition 1: Table 2 had last quarter's figures.", second.QuerySelector("#edition")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("corrected by edition 2", original.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, original.QuerySelectorAll("#editions tbody tr").Length);
    }
}
