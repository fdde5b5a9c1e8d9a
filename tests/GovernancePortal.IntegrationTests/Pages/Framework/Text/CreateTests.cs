using System.Net;
using AngleSharp.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Text;

/// <summary>The Text/Create page (Create.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task AddText_BadLinkAndEmpty_ShowErrorsAndKeepInput()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "10");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/areas/{area.Id}/text/add?year=2017-18&kind=IntendedActivity";

        var (response, document) = await client.SubmitFormAsync(url, [new("Input.SubTopic", "Complaints"), new("Input.Text", "See [this](javascript:alert(1))")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Links must start with https://", document.FieldError("Input_Text"), StringComparison.Ordinal);
        Assert.Equal("Complaints", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_SubTopic")!.Value);

        (response, _) = await client.SubmitFormAsync(url, [new("Input.SubTopic", "Complaints"), new("Input.Text", "Review the complaints process. See [the guidance](https://www.gov.uk/).")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        // The block just added (the area may have other intended activity from other tests), its link kept as written.
        var added = page.QuerySelectorAll(".app-statement").Single(s => s.TextContent.Contains("Review the complaints process.", StringComparison.Ordinal));
        Assert.Equal("https://www.gov.uk/", added.QuerySelector("a[href^='http']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AddText_LongerThanTheLimit_IsRefusedAndKept()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "11");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var text = string.Concat(Enumerable.Repeat("Stakeholder engagement is reviewed quarterly. ", 2_200));

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{area.Id}/text/add?year=2017-18&kind=ActivityDuringYear",
            [new("Input.Text", text)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Text must be 100,000 characters or fewer", document.FieldError("Input_Text"));
        Assert.Equal(text.Length, document.QuerySelector("#Input_Text")!.TextContent.TrimStart('\n').Length);
    }
}
