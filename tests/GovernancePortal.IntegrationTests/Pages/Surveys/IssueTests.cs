using System.Net;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The Surveys/Issue page (/surveys/{id}/issue): the check, then issue and invitations in one save.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class IssueTests(SqlitePortal portal)
{
    [Fact]
    public async Task Issue_Draft_LocksItAndInvitesEveryRespondent()
    {
        var survey = await portal.BuildSurveyAsync(sections: 2, respondents: 3);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, check) = await client.GetPageAsync($"/surveys/{survey.Id}/issue");
        Assert.Contains("3 senior leads", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/issue", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var issued = await portal.SurveyAsync(survey.Id);
        Assert.Equal(SurveyStatus.Issued, issued.Status);
        Assert.Equal("Demo Met Governance Officer", issued.IssuedByName);
        Assert.All(issued.Returns, r => Assert.Contains(r.Events, e => e.Kind == ReturnEventKind.Invited));
        Assert.All(issued.Returns, r => Assert.NotNull(r.InvitedAtUtc));
        var keys = issued.Returns.Select(r => $"sic-invitation:{r.Id}:{r.SignatoryId}").ToList();
        var queued = await portal.WithDbAsync(db => db.OutboxMessages.Where(m => keys.Contains(m.DeduplicationKey)).ToListAsync());
        Assert.Equal(3, queued.Count);
        Assert.All(queued, m => Assert.Contains("{page:/Surveys/Complete/Index?returnId=", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Issue_WithoutRespondents_IsRefusedWithTheReason()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 0);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/issue", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Add at least one respondent before the survey is issued", page.ErrorSummary());
        Assert.Equal(SurveyStatus.Draft, (await portal.SurveyAsync(survey.Id)).Status);
    }

    [Fact]
    public async Task Issue_AsAuditor_IsForbidden()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri($"/surveys/{survey.Id}/issue", UriKind.Relative))).StatusCode);
    }
}
