using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Return page (/papers/{id}/return).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class ReturnTests(SqlitePortal portal)
{
    [Fact]
    public async Task Return_Signed_BackToDraftWithSignaturesClearedAndTheReasonRecorded()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Signed);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/return", [new("Input.Reason", "The Commissioner asked for a change.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal(PaperStatus.Draft, saved.Status);
        Assert.All(saved.Signatories, s => Assert.Null(s.SignedOn));
        Assert.Equal("Returned to draft: The Commissioner asked for a change.", saved.Versions.OrderBy(v => v.Number).Last().Change);
    }

    [Fact]
    public async Task Return_NoReason_IsRequired()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/return", [new("Input.Reason", "  ")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter why the paper is returned to draft", page.FieldError("Input_Reason"));
        Assert.Equal(PaperStatus.InReview, (await portal.PaperAsync(paper.Id)).Status);
    }

    [Fact]
    public async Task Return_Published_OffersNoForm()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/papers/{paper.Id}/return");

        Assert.Contains("A published paper never changes", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }
}
