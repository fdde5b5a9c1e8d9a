using System.Net;
using GovernancePortal.IntegrationTests.Support;
using static GovernancePortal.IntegrationTests.Pages.Surveys.CompletingTestData;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Complete;

/// <summary>"Check your answers": every answer in words with a way back to change it; signing only for the signatory.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class CheckTests(SqlitePortal portal)
{
    [Fact]
    public async Task Check_CompletedReturn_ShowsRatingWordsAndChangeLinks()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        await CompleteAllSectionsAsync(lead, survey, returnId, rating: "1");

        var (response, page) = await lead.GetPageAsync(CheckUrl(returnId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector($"dl[data-section='{survey.SectionIds[0]}']")!;
        Assert.Contains("Reasonable assurance", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Controls operated as designed.", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, first.QuerySelectorAll($"a[href^='{SectionUrl(returnId, survey.SectionIds[0])}']").Length);
        Assert.NotNull(page.QuerySelector("#continue-to-sign"));
    }

    [Fact]
    public async Task Check_Delegate_IsToldTheSignatoryMustSign()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        await CompleteAllSectionsAsync(delegateClient, survey, returnId);

        var (_, page) = await delegateClient.GetPageAsync(CheckUrl(returnId));

        Assert.Null(page.QuerySelector("#continue-to-sign"));
        Assert.Contains("the named signatory, can sign", page.QuerySelector("#delegate-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_IncompleteReturn_OffersNoSigning()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, page) = await lead.GetPageAsync(CheckUrl(returnId));

        Assert.Null(page.QuerySelector("#continue-to-sign"));
        Assert.NotNull(page.QuerySelector("#not-complete"));
        Assert.Contains("Not answered", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
