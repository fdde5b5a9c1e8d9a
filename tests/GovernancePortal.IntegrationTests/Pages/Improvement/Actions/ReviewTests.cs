using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Reviewing an update or verifying a completion (the second key, never by the reporter).</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class ReviewTests(SqlitePortal portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task Closure_ReporterTriesToVerifyOwnReport_IsForbidden()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var action = await ActionAsync(OrganisationCodes.Met, "IA4-03");
        var (reported, reportedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/report-complete",
            [new("Input.Narrative", "Done."), new("Input.Evidence", "Decision log")]);
        AssertRedirect(reported, reportedPage);

        var (verified, _) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/review", [], handler: "Accept");

        Assert.Equal(HttpStatusCode.Forbidden, verified.StatusCode);
        Assert.Equal(ActionStatus.ReportedComplete, (await ActionAsync(OrganisationCodes.Met, "IA4-03")).Status);
    }
}
