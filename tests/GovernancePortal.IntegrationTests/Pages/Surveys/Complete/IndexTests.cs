using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using static GovernancePortal.IntegrationTests.Pages.Surveys.CompletingTestData;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Complete;

/// <summary>The return's task list: sections with their status, who signs, the signature once signed, the reason once reopened.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task TaskList_NewReturn_ListsSectionsNotYetStartedWithDeadline()
    {
        var (survey, returnId) = await portal.LeadReturnAsync(sections: 3);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await lead.GetPageAsync(TaskListUrl(returnId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, page.QuerySelectorAll("#sections .govuk-task-list__item").Length);
        Assert.All(survey.SectionIds, id => Assert.Equal("Not yet started", page.QuerySelector($"#section-{id}-status")!.TextContent.Trim()));
        Assert.Contains("due in 30 days", page.QuerySelector("[data-field='deadline']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#delegate-note"));
    }

    [Fact]
    public async Task TaskList_Delegate_IsToldWhoSigns()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await delegateClient.GetPageAsync(TaskListUrl(returnId));

        Assert.Contains("You can draft this return as a delegate", page.QuerySelector("#delegate-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskList_Overdue_SaysBy()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.SetDeadlineAsync(returnId, SurveyTestData.Today.AddDays(-3));
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, page) = await lead.GetPageAsync(TaskListUrl(returnId));

        Assert.Contains("overdue by 3 days", page.QuerySelector("[data-field='deadline']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskList_Submitted_ShowsWhoSignedWhen()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.SubmitThroughDomainAsync(returnId);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, page) = await lead.GetPageAsync(TaskListUrl(returnId));

        Assert.Contains("Signed by Test Signatory, AC Professionalism on", page.QuerySelector("#signed-by")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#check-and-sign"));
    }

    [Fact]
    public async Task TaskList_AnotherLeadsReturnOrOrganisation_IsForbidden()
    {
        var others = await portal.NewSurveyAsync(OrganisationCodes.Met, leadEmail: null, otherRespondents: 1);
        var mopac = await portal.NewSurveyAsync(OrganisationCodes.Mopac, leadEmail: null, otherRespondents: 1);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (theirs, _) = await lead.GetPageAsync(TaskListUrl(others.ReturnIds[0]));
        var (otherOrganisation, _) = await lead.GetPageAsync(TaskListUrl(mopac.ReturnIds[0]));
        var (missing, _) = await lead.GetPageAsync(TaskListUrl(int.MaxValue));

        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
