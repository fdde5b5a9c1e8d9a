using System.Globalization;
using System.Net;
using System.Text;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Respondents;

/// <summary>The Surveys/Respondents/Preview page: the dry run with row errors, then apply once.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class PreviewTests(SqlitePortal portal)
{
    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<(BuiltSurvey Survey, IReadOnlyList<Domain.People.Person> People, string Csv)> FileWithProblemsAsync(bool issue = false)
    {
        var survey = await portal.BuildSurveyAsync(respondents: 1, issue: issue);
        var people = await portal.NewPeopleAsync(4, "Upload group");
        var existing = (await portal.SurveyAsync(survey.Id)).Returns.Single().Signatory!;
        var archived = people[3];
        await portal.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == archived.Id);
            person.Archive();
            return await db.SaveChangesAsync();
        });
        var ok = Date(SurveyBuildTestData.Today.AddDays(14));
        var csv = new StringBuilder()
            .Append("Signatory,Business group,Deadline,Delegates\r\n")
            .Append(CultureInfo.InvariantCulture, $"{people[0].Email},,{ok},{people[1].Email}\r\n")
            .Append(CultureInfo.InvariantCulture, $"{people[1].JobTitle},Special group,{SurveyBuildTestData.Today.AddDays(20):yyyy-MM-dd},\r\n")
            .Append(CultureInfo.InvariantCulture, $"nobody.here@example.org,,{ok},\r\n")
            .Append(CultureInfo.InvariantCulture, $"{archived.Email},,{ok},\r\n")
            .Append(CultureInfo.InvariantCulture, $"{existing.Email},,{ok},\r\n")
            .Append(CultureInfo.InvariantCulture, $"{people[2].Email},,01/01/2020,\r\n")
            .Append(CultureInfo.InvariantCulture, $"{people[2].Email},,soon,\r\n")
            .Append(CultureInfo.InvariantCulture, $"{people[0].Email},,{ok},\r\n")
            .ToString();
        return (survey, people, csv);
    }

    private async Task<int> UploadIdAsync(HttpClient client, int surveyId, string csv)
    {
        var (response, _) = await UploadTests.UploadAsync(client, surveyId, "respondents.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Preview_ListsEveryRowWithItsErrorsAndWritesNothing()
    {
        var (survey, people, csv) = await FileWithProblemsAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var upload = await UploadIdAsync(client, survey.Id, csv);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.Id}/respondents/upload/{upload}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Contains("Will be added", rows[0], StringComparison.Ordinal);
        Assert.Contains("Will be added", rows[1], StringComparison.Ordinal);
        Assert.Contains("Special group", rows[1], StringComparison.Ordinal);
        Assert.Contains("nobody in the people directory has the e-mail address 'nobody.here@example.org'", rows[2], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("is archived", rows[3], StringComparison.Ordinal);
        Assert.Contains("is already a respondent", rows[4], StringComparison.Ordinal);
        Assert.Contains("The deadline 01/01/2020 has passed", rows[5], StringComparison.Ordinal);
        Assert.Contains("The deadline 'soon' is not a date", rows[6], StringComparison.Ordinal);
        Assert.Contains("is also on row 2 of the file", rows[7], StringComparison.Ordinal);
        Assert.Contains("Add 2 respondents and leave out 6 rows with problems", page.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await portal.SurveyAsync(survey.Id)).Returns);
        Assert.DoesNotContain(people, p => p.Id == 0);
    }

    [Fact]
    public async Task Apply_AddsTheValidRowsOnceAndInvitesWhenIssued()
    {
        var (survey, people, csv) = await FileWithProblemsAsync(issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var upload = await UploadIdAsync(client, survey.Id, csv);
        var url = $"/surveys/{survey.Id}/respondents/upload/{upload}";
        var stale = await client.GetFormAsync(url);

        var (applied, _) = await client.SubmitFormAsync(url, []);
        var (again, againPage) = await stale.SubmitAsync([]);

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var saved = await portal.SurveyAsync(survey.Id);
        Assert.Equal(3, saved.Returns.Count);
        var first = saved.Returns.Single(r => r.SignatoryId == people[0].Id);
        Assert.Equal(people[1].Id, Assert.Single(first.Delegates).PersonId);
        Assert.Equal("Upload group", first.BusinessGroup);
        Assert.Equal("Special group", saved.Returns.Single(r => r.SignatoryId == people[1].Id).BusinessGroup);
        Assert.All(saved.Returns, r => Assert.Contains(r.Events, e => e.Kind == ReturnEventKind.Invited));
        var stored = await portal.WithDbAsync(db => db.RespondentUploads.AsNoTracking().SingleAsync(u => u.Id == upload));
        Assert.Equal((2, "Demo Met Governance Officer"), (stored.AddedCount, stored.AppliedByName));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(againPage.ErrorSummary(), m => m.StartsWith("This file has already been applied", StringComparison.Ordinal));
        Assert.Equal(3, (await portal.SurveyAsync(survey.Id)).Returns.Count);
    }

    [Fact]
    public async Task Preview_Xlsx_ReadsTheFirstWorksheet()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        var person = (await portal.NewPeopleAsync(1))[0];
        var deadline = SurveyBuildTestData.Today.AddDays(10);
        var xlsx = XlsxWriter.Write("Respondents", [new("Signatory", 30), new("Deadline", 12)], [[person.JobTitle, deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]]);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (uploaded, _) = await UploadTests.UploadAsync(client, survey.Id, "respondents.xlsx", xlsx);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var (applied, _) = await client.SubmitFormAsync(uploaded.Headers.Location!.OriginalString, []);

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var added = Assert.Single((await portal.SurveyAsync(survey.Id)).Returns);
        Assert.Equal((person.Id, deadline), (added.SignatoryId, added.Deadline));
    }
}
