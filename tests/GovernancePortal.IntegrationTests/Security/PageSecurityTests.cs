using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Security;

[Collection(SqliteCollection.Name)]
public sealed class PageSecurityTests(SqlitePortal portal)
{
    [Fact]
    public async Task Get_EveryPageAsAdministrator_HasSecurityHeadersNoInlineScriptAndProtectedForms()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var problems = new List<string>();

        foreach (var (page, url) in AnonymousAccessTests.AllPages(portal.Services))
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                continue; // e.g. sign-in redirects a signed-in user home
            }

            var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values.Single() : string.Empty;
            if (!csp.Contains("script-src 'self'", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal))
            {
                problems.Add($"{page}: CSP '{csp}'");
            }

            if (!response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) || nosniff.Single() != "nosniff")
            {
                problems.Add($"{page}: no nosniff");
            }

            if (response.Headers.CacheControl?.NoStore != true)
            {
                problems.Add($"{page}: cacheable");
            }

            // A download (the audit CSV export) is data, not a page: it is served as an attachment with nosniff.
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                if (response.Content.Headers.ContentDisposition?.DispositionType != "attachment")
                {
                    problems.Add($"{page}: {response.Content.Headers.ContentType} not served as an attachment");
                }

                continue;
            }

            var document = await Html.ParseAsync(response);
            problems.AddRange(document.QuerySelectorAll("script:not([src])").Select(_ => $"{page}: inline script"));
            problems.AddRange(document.QuerySelectorAll("[style]").Select(e => $"{page}: style attribute on {e.TagName}"));
            problems.AddRange(document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => $"{page}: inline handler on {e.TagName}"));
            problems.AddRange(document.QuerySelectorAll("form[method=post]")
                .Where(f => f.QuerySelector("input[name=__RequestVerificationToken]") is null)
                .Select(f => $"{page}: form {f.GetAttribute("action")} without antiforgery token"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = portal.NewClient();
        var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative),
            new FormUrlEncodedContent([new("Input.Email", PortalFactory.Accounts.Admin), new("Input.Password", PortalFactory.DemoPassword)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__Host-GovernancePortal=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FormWithNulCharacter_IsRefusedWithBadRequestPage()
    {
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync("/account/change-password", [new("Input.CurrentPassword", "a\u0000b")]);

        // The framework cannot read a form holding NUL, so it refuses it before any page code runs: a clear 400, not a 500.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("There is a problem with your request", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_ExternalReturnUrl_IsIgnored()
    {
        using var client = portal.NewClient();
        var (response, _) = await client.SubmitFormAsync("/account/sign-in?returnUrl=https://evil.example.com/",
            [new("Input.Email", PortalFactory.Accounts.Auditor), new("Input.Password", PortalFactory.DemoPassword)]);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
