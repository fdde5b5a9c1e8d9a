using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages;

/// <summary>/error/{code}: the GOV.UK error pages, with the status they describe.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ErrorTests(SqlitePortal portal)
{
    [Fact]
    public async Task Get_UnknownAddress_Answers404WithPageNotFound()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (response, document) = await client.GetPageAsync("/no-such-page-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("check it is correct", document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", document.QuerySelectorAll("main a.govuk-link").Last().GetAttribute("href"));
    }

    [Theory]
    [InlineData(500, "Sorry, there is a problem with the service", "quote this reference")]
    [InlineData(400, "There is a problem with your request", "could not be understood")]
    [InlineData(429, "Too many attempts to sign in", "Wait a minute")]
    [InlineData(403, "You do not have permission to view this page", "contact an administrator")]
    public async Task Error_Code_AnswersThatStatusWithItsMessage(int code, string heading, string says)
    {
        using var client = portal.NewClient();
        var (response, document) = await client.GetPageAsync($"/error/{code}");

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(says, document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_TooManySignInAttempts_LinksBackToSignIn()
    {
        using var client = portal.NewClient();
        var (_, document) = await client.GetPageAsync("/error/429");

        Assert.Contains(document.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "try again" && a.GetAttribute("href") == "/account/sign-in");
    }

    [Fact]
    public async Task Post_RefusedForm_IsShownAsTheErrorPageOfItsStatus()
    {
        // A post without its antiforgery token is refused (400); the error page is re-executed for the POST too.
        using var client = portal.NewClient();
        using var content = new FormUrlEncodedContent([new("Input.Email", "someone@example.org"), new("Input.Password", "anything at all")]);
        var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("There is a problem with your request", document.QuerySelector("h1")?.TextContent.Trim());
    }
}
