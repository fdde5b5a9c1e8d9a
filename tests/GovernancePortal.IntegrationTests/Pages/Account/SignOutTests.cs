using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>/account/sign-out: the layout's sign-out form, and the page's own button.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SignOutTests(SqlitePortal portal)
{
    [Fact]
    public async Task SignOut_FromThePage_PagesNeedSignInAgain()
    {
        var email = await portal.NewAccountAsync("signout", AppRoles.Auditor);
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var (signOut, _) = await client.SubmitFormAsync("/account/sign-out", []);
        Assert.Equal("/account/sign-in?signedOut=true", signOut.Headers.Location?.OriginalString);

        var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        var (_, signIn) = await client.GetPageAsync(signOut.Headers.Location!.OriginalString);
        Assert.Contains("You have been signed out.", signIn.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_FromTheLayout_PostsToTheSignOutPage()
    {
        var email = await portal.NewAccountAsync("signout", AppRoles.Auditor);
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(email, AccountTestData.Password);
        var (_, home) = await client.GetPageAsync("/");

        var form = home.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>(".app-service-navigation__account form");
        Assert.NotNull(form);
        Assert.Equal("/account/sign-out", form.GetAttribute("action"));
        var (response, _) = await RenderedForm.ForElement(client, "/", form).SubmitAsync();
        Assert.Equal("/account/sign-in?signedOut=true", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }
}
