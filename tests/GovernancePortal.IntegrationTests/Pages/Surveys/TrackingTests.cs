using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The live response rate, counts by status and the outstanding returns of a survey.</summary>
[Collection(SqliteSurveyAnalysisCollection.Name)]
public sealed class TrackingTests(SqlitePortal portal)
{
    private const string Territorial = "Territorial Policing";
    private const string MetHq = "MetHQ";

    [Fact]
    public async Task Tracking_SomeReturned_ShowsRateOverallAndByGroupAndCountsByStatus()
    {
        var survey = await portal.NewAnalysisSurveyAsync([Territorial, Territorial, Territorial, MetHq, MetHq]);
        await portal.SubmitAsync(survey.Return(0), new SectionAnswer(0), new SectionAnswer(1));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(1), new SectionAnswer(1));
        await portal.SubmitAsync(survey.Return(3), new SectionAnswer(0), new SectionAnswer(0));
        await portal.DraftAsync(survey.Return(4), new SectionAnswer(2));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/tracking");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3 of 5 returned — 60%", page.QuerySelector("#response-rate")!.TextContent.Trim());
        var groups = page.QuerySelectorAll("#by-group tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal([$"{MetHq}|1|2|1 of 2 returned — 50%", $"{Territorial}|2|3|2 of 3 returned — 67%"], groups);
        var statuses = page.QuerySelectorAll("#by-status tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Not started|1", "In progress|1", "Submitted|3", "Reopened|0", "Overdue (not submitted, past the deadline)|0"], statuses);
        // By default the outstanding returns: the one not started and the one in progress, each linking to its return.
        var outstanding = page.QuerySelectorAll("#return-list tbody tr").ToList();
        Assert.Equal([survey.Return(2), survey.Return(4)], outstanding.Select(r => int.Parse(r.GetAttribute("data-return")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(outstanding, r => Assert.NotNull(r.QuerySelector("th a")));
        Assert.Contains(outstanding, r => r.TextContent.Contains(survey.Respondents[4].DisplayName, StringComparison.Ordinal) && r.TextContent.Contains("In progress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tracking_OverdueAndReminded_ShowsDaysOverdueLastReminderAndFilters()
    {
        var survey = await portal.NewAnalysisSurveyAsync([Territorial, MetHq, MetHq]);
        await portal.SubmitAsync(survey.Return(2), new SectionAnswer(0), new SectionAnswer(0));
        await portal.SetDeadlineAsync(survey.Return(0), AnalysisTestData.Today.AddDays(-3));
        var reminded = DateTime.UtcNow.AddDays(-1);
        await portal.RemindAsync(survey.Return(0), reminded);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (_, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/tracking");
        var (_, submitted) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/tracking?status=Submitted");
        var (_, metHq) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/tracking?group={MetHq}&status=all");

        var overdue = page.QuerySelector($"#return-list tr[data-return='{survey.Return(0)}']")!;
        var cells = overdue.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("3 days overdue", cells[4]);
        Assert.Contains("(1 reminder sent)", cells[5], StringComparison.Ordinal);
        Assert.Equal("No", cells[6]);
        Assert.Equal("No", page.QuerySelector($"#return-list tr[data-return='{survey.Return(1)}']")!.Children[4].TextContent.Trim());
        // Most overdue first.
        Assert.Equal(survey.Return(0).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#return-list tbody tr")!.GetAttribute("data-return"));
        Assert.Contains("Overdue (not submitted, past the deadline)|1", page.QuerySelectorAll("#by-status tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
        Assert.Equal([survey.Return(2).ToString(System.Globalization.CultureInfo.InvariantCulture)], submitted.QuerySelectorAll("#return-list tbody tr").Select(r => r.GetAttribute("data-return")!));
        Assert.Equal(2, metHq.QuerySelectorAll("#return-list tbody tr").Length);
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Panel)]
    [InlineData(PortalFactory.Accounts.Admin)]
    [InlineData(PortalFactory.Accounts.MopacGovernance)]
    public async Task Tracking_OutsideTheGovernanceTeamAndAudit_IsForbidden(string email)
    {
        var survey = await portal.NewAnalysisSurveyAsync([Territorial]);
        using var client = await portal.SignedInAsync(email);

        var (response, _) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/tracking");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
