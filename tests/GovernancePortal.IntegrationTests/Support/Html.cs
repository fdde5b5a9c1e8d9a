using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>Reading pages with AngleSharp and submitting their forms the way a browser would (with the antiforgery token).</summary>
public static class Html
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return await Browser.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "https://localhost/"));
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await ParseAsync(response));
    }

    /// <summary>GETs <paramref name="pageUrl"/>, then posts its form (the one whose action matches, or the first in main) with the given fields.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> SubmitFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (_, page) = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form")
            .FirstOrDefault(f => handler is null ? !f.Action.Contains("handler=", StringComparison.OrdinalIgnoreCase) : f.Action.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form{(handler is null ? string.Empty : $" for handler {handler}")} on {pageUrl}.");
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"The form on {pageUrl} has no antiforgery token.");
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        var response = await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
        return (response, await ParseAsync(response));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword)
    {
        var (response, _) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", password)]);
        return response;
    }

    /// <summary>Signs in and checks it worked.</summary>
    public static async Task SignInOrFailAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword)
    {
        var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} failed with {(int)response.StatusCode}.");
    }

    public static IReadOnlyList<string> ErrorSummary(this IDocument document) =>
        [.. document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];

    public static string? FieldError(this IDocument document, string fieldId) =>
        document.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim();
}
