using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>The first key of closure.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class ReportCompleteTests(SqlitePortal portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task Closure_OwnerReportsThenGovernanceVerifies_ClosesWithTwoKeys()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await ActionAsync(OrganisationCodes.Met, "IA9-03");

        var (reported, reportedPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/report-complete",
            [new("Input.Narrative", "Public involvement plan launched."), new("Input.Evidence", "Engagement Board minutes, 3 March 2026")]);
        AssertRedirect(reported, reportedPage);
        Assert.Equal(ActionStatus.ReportedComplete, (await ActionAsync(OrganisationCodes.Met, "IA9-03")).Status);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (verified, verifiedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/review", [], handler: "Accept");
        AssertRedirect(verified, verifiedPage);

        var closed = await ActionAsync(OrganisationCodes.Met, "IA9-03");
        Assert.Equal(ActionStatus.VerifiedComplete, closed.Status);
        Assert.Equal(RagStatus.Green, closed.Rag);
        Assert.NotNull(closed.CompletedOn);
    }
}
