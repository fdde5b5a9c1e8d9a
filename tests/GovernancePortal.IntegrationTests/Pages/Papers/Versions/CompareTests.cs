using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Versions;

/// <summary>The Papers/Versions/Compare page (/papers/{id}/versions/compare?from=&amp;to=).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class CompareTests(SqlitePortal portal)
{
    [Fact]
    public async Task Compare_EditedSection_MarksAddedAndRemovedLinesAndCollapsesTheRest()
    {
        var paper = await portal.BuildPaperAsync(text: "First line.\n\nOld line.");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}", [new("Input.Text", "First line.\n\nNew line.")]);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/versions/compare?from=2&to=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("added: New line.", page.QuerySelector("ins")!.TextContent);
        Assert.Equal("removed: Old line.", page.QuerySelector("del")!.TextContent);
        Assert.Equal("added: ", page.QuerySelector("ins .govuk-visually-hidden")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("details.app-compare-unchanged").Length);
        Assert.Contains("1 section changed", page.QuerySelector("#compare-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_MissingOrSameVersions_GoesBackToTheList()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/versions/compare?from=1&to=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/papers/{paper.Id}/versions", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Compare_VersionThatDoesNotExist_IsNotFound()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/versions/compare?from=1&to=9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
