using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations.Import;

/// <summary>Steps of the recommendations import for the tests (the check and confirm forms are the improvement import's: ImportTestData).</summary>
public static class RecommendationImportTestData
{
    /// <summary>Uploads a file through the organisation's upload form as the page renders it.</summary>
    public static async Task<HttpResponseMessage> UploadRecommendationsAsync(this HttpClient client, string org, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetFormAsync($"/recommendations/{org}/import");
        var fileField = form.Element.QuerySelector<IHtmlInputElement>("input[type=file]")!.Name!;
        var type = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxWriter.ContentType : "text/csv";
        var (response, _) = await form.SubmitAsync([], [new UploadedFile(fileField, fileName, content, type)]);
        return response;
    }

    /// <summary>Uploads a file and returns the preview page's URL.</summary>
    public static async Task<string> UploadRecommendationsOrFailAsync(this HttpClient client, string org, string fileName, byte[] content)
    {
        var response = await client.UploadRecommendationsAsync(org, fileName, content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Upload failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }
}
