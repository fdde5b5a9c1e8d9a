using System.Globalization;
using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Sign page (/papers/{id}/sign).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class SignTests(SqlitePortal portal)
{
    [Fact]
    public async Task Sign_EachSignatoryInTurn_PaperIsSignedWhenTheLastHasSigned()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var today = PaperTestData.Today;

        var (first, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/sign", Signature(paper.SignatoryIds[0], today));
        var afterFirst = await portal.PaperAsync(paper.Id);
        var (second, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/sign", Signature(paper.SignatoryIds[1], today.AddDays(-1)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(PaperStatus.Approved, afterFirst.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal(PaperStatus.Signed, saved.Status);
        Assert.Equal(today.AddDays(-1), saved.Signatories.Single(s => s.Id == paper.SignatoryIds[1]).SignedOn);
        Assert.StartsWith("Signed by Test Director on ", saved.Versions.OrderBy(v => v.Number).Last().Change, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_NoSignatoryOrDate_ShowsGovUkMessages()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/sign", [new("Input.SignedOn.Day", "30"), new("Input.SignedOn.Month", "2"), new("Input.SignedOn.Year", "2017")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose who signed", page.FieldError("Input_SignatoryId"));
        Assert.Equal("Enter the date signed as a real date, for example 27 6 2017", page.FieldError("Input_SignedOn"));
    }

    [Fact]
    public async Task Sign_DateInTheFuture_IsRefused()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/sign", Signature(paper.SignatoryIds[0], PaperTestData.Today.AddDays(2)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The date signed must be today or earlier", page.FieldError("Input_SignedOn"));
        Assert.All((await portal.PaperAsync(paper.Id)).Signatories, s => Assert.Null(s.SignedOn));
    }

    [Fact]
    public async Task Sign_DraftPaper_OffersNoForm()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/papers/{paper.Id}/sign");

        Assert.Contains("Signatures are recorded once the paper is approved.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    private static KeyValuePair<string, string>[] Signature(int signatoryId, DateOnly date) =>
    [
        new("Input.SignatoryId", signatoryId.ToString(CultureInfo.InvariantCulture)),
        new("Input.SignedOn.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new("Input.SignedOn.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new("Input.SignedOn.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];
}
