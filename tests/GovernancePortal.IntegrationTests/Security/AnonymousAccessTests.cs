using System.Net;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Security;

[Collection(SqliteCollection.Name)]
public sealed class AnonymousAccessTests(SqlitePortal portal)
{
    /// <summary>Every Razor page of the app, with a URL that reaches it (route parameters filled in).</summary>
    public static IReadOnlyList<(string Page, string Url)> AllPages(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, Url: UrlFor(e.RoutePattern)))
            .DistinctBy(e => e.Page)
            .OrderBy(e => e.Page, StringComparer.Ordinal)];

    private static string UrlFor(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { IsOptional: true } => string.Empty,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "404",
            _ => "test-id",
        })));
        return "/" + string.Join('/', segments).TrimEnd('/');
    }

    [Fact]
    public void AllPages_App_FindsEveryPage()
    {
        portal.RequireAvailable();
        var pages = AllPages(portal.Services).Select(p => p.Page).ToList();
        Assert.Contains("/Index", pages);
        Assert.Contains("/Admin/Users/Edit", pages);
        Assert.Contains("/Account/SignIn", pages);
        Assert.True(pages.Count >= 11, $"Only {pages.Count} pages found: {string.Join(", ", pages)}");
    }

    [Fact]
    public async Task Get_EveryPageWhileSignedOut_RedirectsToSignInUnlessMarkedAnonymous()
    {
        using var client = portal.NewClient();
        var failures = new List<string>();
        foreach (var (page, url) in AllPages(portal.Services))
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.StartsWith("https://localhost/account/sign-in?returnUrl=", StringComparison.Ordinal) == true;
            var anonymous = PageAccess.AnonymousPages.Contains(page);
            if (anonymous == toSignIn)
            {
                failures.Add($"{page} ({url}): {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "Pages with the wrong access: " + string.Join("; ", failures));
    }

    [Fact]
    public async Task Get_Health_IsAnonymousAndReportsDatabase()
    {
        using var client = portal.NewClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"database\"", body, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"migrations\",\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownPageWhileSignedOut_RedirectsToSignInWithoutRevealingIt()
    {
        using var client = portal.NewClient();
        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownPageWhenSignedIn_IsGovUkNotFoundPage()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (response, document) = await client.GetPageAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent.Trim());
    }
}
