using System.Net;
using System.Text;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Respondents;

/// <summary>The Surveys/Respondents/Upload page (/surveys/{id}/respondents/upload).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class UploadTests(SqlitePortal portal)
{
    /// <summary>Uploads a file through the form as the page renders it.</summary>
    public static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> UploadAsync(HttpClient client, int surveyId, string fileName, byte[] content)
    {
        var form = await client.GetFormAsync($"/surveys/{surveyId}/respondents/upload");
        var type = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxWriter.ContentType : "text/csv";
        return await form.SubmitAsync([], [new UploadedFile("Input.File", fileName, content, type)]);
    }

    [Fact]
    public async Task Upload_Csv_IsStoredAndOpensThePreview()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await UploadAsync(client, survey.Id, "leads.csv", Encoding.UTF8.GetBytes("Signatory,Deadline\r\nsomeone@example.org,31/03/2098\r\n"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var upload = await portal.WithDbAsync(db => db.RespondentUploads.AsNoTracking().SingleAsync(u => u.SurveyId == survey.Id));
        Assert.Equal($"/surveys/{survey.Id}/respondents/upload/{upload.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("leads.csv", upload.FileName);
        Assert.Null(upload.AppliedAtUtc);
    }

    [Fact]
    public async Task Upload_WrongFiles_AreRefusedWithReasons()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (pdf, pdfPage) = await UploadAsync(client, survey.Id, "leads.pdf", [1, 2, 3]);
        var (fake, fakePage) = await UploadAsync(client, survey.Id, "leads.xlsx", Encoding.UTF8.GetBytes("Signatory\r\nx@example.org"));
        var (noColumn, noColumnPage) = await UploadAsync(client, survey.Id, "leads.csv", Encoding.UTF8.GetBytes("Name of lead,Due\r\nx,y\r\n"));
        var (empty, emptyPage) = await UploadAsync(client, survey.Id, "leads.csv", []);

        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("The selected file must be a CSV file or an Excel workbook (.xlsx)", pdfPage.FieldError("Input_File"));
        Assert.Equal("The selected file is not an Excel workbook: its content does not match its .xlsx name", fakePage.FieldError("Input_File"));
        Assert.StartsWith("The first row of the file must name the columns", noColumnPage.FieldError("Input_File"), StringComparison.Ordinal);
        Assert.Equal("Select a CSV or Excel file", emptyPage.FieldError("Input_File"));
        Assert.All([fake, noColumn, empty], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(0, await portal.WithDbAsync(db => db.RespondentUploads.CountAsync(u => u.SurveyId == survey.Id)));
    }
}
