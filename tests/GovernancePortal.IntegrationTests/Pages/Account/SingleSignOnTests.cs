using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>A portal with single sign-on turned on (Microsoft Entra ID settings; the provider itself is never contacted here).</summary>
public sealed class SsoPortal() : PortalFactory(DatabaseProvider.Sqlite)
{
    public const string Authority = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0";

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Sso:Enabled"] = "true";
        settings["Sso:Authority"] = Authority;
        settings["Sso:ClientId"] = "portal-client-id";
        settings["Sso:ClientSecret"] = "portal-client-secret";
        settings["Sso:DisplayName"] = "Microsoft";
    }
}

/// <summary>
/// /account/sign-in with single sign-on on: the "Sign in with Microsoft" form beside the password form, and the page's
/// policy letting that form go to the provider. The whole journey runs in the browser tests (SingleSignOnTests).
/// </summary>
public sealed class SingleSignOnTests(SsoPortal portal) : IClassFixture<SsoPortal>
{
    [Fact]
    public async Task SignInPage_SsoOn_ShowsTheButtonFormAboveThePasswordForm()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.GetPageAsync("/account/sign-in?returnUrl=%2Fadmin%2Fusers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forms = document.QuerySelectorAll<IHtmlFormElement>("main form").ToList();
        Assert.Equal(2, forms.Count);
        Assert.Equal("/account/sign-in?handler=Sso", forms[0].GetAttribute("action"));
        Assert.Equal("post", forms[0].Method, ignoreCase: true);
        Assert.NotNull(forms[0].QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Equal("/admin/users", forms[0].QuerySelector<IHtmlInputElement>("input[name='returnUrl']")?.Value);
        Assert.Equal("Sign in with Microsoft", forms[0].QuerySelector("button.govuk-button")?.TextContent.Trim());
        Assert.NotNull(forms[1].QuerySelector("#Input_Password"));
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("form-action 'self' https://login.microsoftonline.com;", policy, StringComparison.Ordinal);

        // Every other page keeps form-action 'self' only.
        var other = await client.GetAsync(new Uri("/accessibility", UriKind.Relative));
        Assert.Contains("form-action 'self';", string.Join(" ", other.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_SsoFailed_SaysSoAndKeepsBothWaysIn()
    {
        using var client = portal.NewClient();
        var (_, document) = await client.GetPageAsync("/account/sign-in?ssoFailed=true");

        Assert.Equal("Single sign-on did not sign you in", document.QuerySelector(".govuk-error-summary__title")?.TextContent.Trim());
        Assert.Equal(2, document.QuerySelectorAll("main form").Length);
    }
}
