using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Web.Pages.Papers;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Download page (/papers/{id}/download/{format}).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class DownloadTests(SqlitePortal portal)
{
    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Download_Format_IsAnAttachmentOfThatType(string format, string contentType)
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/papers/{paper.Id}/download/{format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith($".{format}", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_Html_IsServedWithAPolicyAllowingOnlyItsOwnStyle()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var response = await client.GetAsync(new Uri($"/papers/{paper.Id}/download/html", UriKind.Relative));
        var html = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(DownloadModel.PolicyFor(html), policy);
        Assert.StartsWith("default-src 'none'; style-src ", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyFor_EmbeddedStyles_AllowsEachByItsHashOnly()
    {
        var policy = DownloadModel.PolicyFor("<html><head><style>body{color:black}</style></head><body><style media=\"print\">p{}</style></body></html>"u8.ToArray());

        Assert.Equal(2, policy.Split("'sha256-").Length - 1);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_UnknownFormat_IsNotFound()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/papers/{paper.Id}/download/rtf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Download_Draft_OtherOrganisationIsRefused()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var response = await client.GetAsync(new Uri($"/papers/{paper.Id}/download/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
