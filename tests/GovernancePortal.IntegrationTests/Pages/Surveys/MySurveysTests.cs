using System.Net;
using GovernancePortal.IntegrationTests.Support;
using static GovernancePortal.IntegrationTests.Pages.Surveys.CompletingTestData;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>My surveys: the returns the user signs or drafts, what is due, and what is in.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class MySurveysTests(SqlitePortal portal)
{
    private static AngleSharp.Dom.IElement? Row(AngleSharp.Dom.IDocument page, string table, int returnId) =>
        page.QuerySelector($"#{table} a[href='{TaskListUrl(returnId)}']")?.Closest("tr");

    [Fact]
    public async Task MySurveys_Lead_ListsTheirReturnWithDeadlineStatusAndProgress()
    {
        var (survey, returnId) = await portal.LeadReturnAsync(sections: 3);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (saved, savedPage) = await lead.SubmitFormAsync(SectionUrl(returnId, survey.SectionIds[0]), Answers("0"));
        AssertRedirect(saved, savedPage);

        var (response, page) = await lead.GetPageAsync("/surveys/my-surveys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Row(page, "to-complete", returnId)!.TextContent;
        Assert.Contains("Signatory", row, StringComparison.Ordinal);
        Assert.Contains("due in 30 days", row, StringComparison.Ordinal);
        Assert.Contains("In progress", row, StringComparison.Ordinal);
        Assert.Contains("1 of 3", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySurveys_OverdueReturn_SaysByHowMuch()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.SetDeadlineAsync(returnId, SurveyTestData.Today.AddDays(-1));
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, page) = await lead.GetPageAsync("/surveys/my-surveys");

        Assert.Contains("overdue by 1 day", Row(page, "to-complete", returnId)!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySurveys_Delegate_SeesTheReturnAsDelegate()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await delegateClient.GetPageAsync("/surveys/my-surveys");

        Assert.Contains("Delegate for", Row(page, "to-complete", returnId)!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySurveys_Submitted_ListedSeparatelyWithWhoSigned()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.SubmitThroughDomainAsync(returnId);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, page) = await lead.GetPageAsync("/surveys/my-surveys");

        Assert.Null(Row(page, "to-complete", returnId));
        Assert.Contains("Signed by Test Signatory", Row(page, "submitted", returnId)!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySurveys_Panel_IsForbidden()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await panel.GetPageAsync("/surveys/my-surveys");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
