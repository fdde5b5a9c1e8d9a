using System.Net;
using AngleSharp.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>Starting a plan.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class CreatePlanTests(SqlitePortal portal)
{
    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task CreatePlan_DuplicatePeriod_IsRefusedAndNewOneOpens()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (duplicate, duplicatePage) = await governance.SubmitFormAsync("/improvement/mps/plans/create",
            [new("Input.Title", "Another 2018/21"), new("Input.FirstYear", "2018/19"), new("Input.LastYear", "2020/21")]);
        var (created, createdPage) = await governance.SubmitFormAsync("/improvement/mps/plans/create",
            [new("Input.Title", "Met Governance Improvement Plan 2030/31"), new("Input.FirstYear", "2030/31")]);

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("Met already has a plan for 2018/21", duplicatePage.ErrorSummary());
        AssertRedirect(created, createdPage);
        Assert.Equal("/improvement/mps/2030-31", created.Headers.Location?.OriginalString);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var (forbidden, _) = await mopac.GetPageAsync("/improvement/mps/plans/create");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
