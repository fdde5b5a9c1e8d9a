using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Returns;

/// <summary>A return as the governance team and internal audit read it.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    private static string Url(int returnId) => $"/surveys/returns/{returnId}";

    [Fact]
    public async Task Details_SubmittedReturn_ShowsAnswersInWordsSignatureAndHistory()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.SubmitThroughDomainAsync(returnId, rating: 2);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.GetPageAsync(Url(returnId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Limited assurance", main, StringComparison.Ordinal);
        Assert.Contains("Explained by the test.", main, StringComparison.Ordinal);
        Assert.Contains("Test Signatory, AC Professionalism, on", page.QuerySelector("[data-field='signed']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#history + .app-history [data-event='Invited']"));
        Assert.NotNull(page.QuerySelector("#history + .app-history [data-event='Submitted']"));
        Assert.NotNull(page.QuerySelector($"#return-actions a[href='/surveys/returns/{returnId}/reopen']"));
        Assert.NotNull(page.QuerySelector($"#return-actions a[href='/surveys/returns/{returnId}/interview']"));
    }

    [Fact]
    public async Task Details_Auditor_ReadsWithoutActions()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        using var auditor = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await auditor.GetPageAsync(Url(returnId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#return-actions"));
        Assert.Contains("Not answered", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_LeadOrOtherOrganisation_IsForbidden()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (asLead, _) = await lead.GetPageAsync(Url(returnId));
        var (asMopac, _) = await mopac.GetPageAsync(Url(returnId));

        Assert.Equal(HttpStatusCode.Forbidden, asLead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asMopac.StatusCode);
    }
}
