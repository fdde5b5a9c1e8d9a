using System.Globalization;
using System.Net;
using GovernancePortal.IntegrationTests.Support;
using static GovernancePortal.IntegrationTests.Pages.Surveys.CompletingTestData;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Returns;

/// <summary>The notes of the follow-up interview with the Board lead, kept with the return.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class InterviewTests(SqlitePortal portal)
{
    private static string Url(int returnId) => $"/surveys/returns/{returnId}/interview";

    private static KeyValuePair<string, string>[] Date(DateOnly date) =>
    [
        new("Input.HeldOn.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new("Input.HeldOn.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new("Input.HeldOn.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task Interview_DateAndNotes_KeptWithTheReturn()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        await portal.SubmitThroughDomainAsync(returnId);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var heldOn = SurveyTestData.Today.AddDays(-2);

        var (response, page) = await governance.SubmitFormAsync(Url(returnId), [.. Date(heldOn), new("Input.Notes", "Discussed vetting; action agreed.")]);

        AssertRedirect(response, page);
        var note = Assert.Single((await portal.ReturnAsync(returnId)).InterviewNotes);
        Assert.Equal((heldOn, "Discussed vetting; action agreed.", "Demo Met Governance Officer"), (note.HeldOn, note.Notes, note.RecordedByName));
        var (_, details) = await governance.GetPageAsync($"/surveys/returns/{returnId}");
        Assert.Contains("Discussed vetting; action agreed.", details.QuerySelector("#interviews + .app-history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_MissingNotesAndFutureDate_ShowErrors()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (empty, emptyPage) = await governance.SubmitFormAsync(Url(returnId), [new("Input.Notes", string.Empty)]);
        var (future, futurePage) = await governance.SubmitFormAsync(Url(returnId), [.. Date(SurveyTestData.Today.AddDays(3)), new("Input.Notes", "Not yet held")]);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter the notes of the interview", emptyPage.ErrorSummary());
        Assert.Contains(emptyPage.ErrorSummary(), e => e.StartsWith("Enter the date the interview was held", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(["The interview date must be today or in the past"], futurePage.ErrorSummary());
        Assert.Empty((await portal.ReturnAsync(returnId)).InterviewNotes);
    }

    [Fact]
    public async Task Interview_Auditor_IsForbidden()
    {
        var (_, returnId) = await portal.LeadReturnAsync();
        using var auditor = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, _) = await auditor.GetPageAsync(Url(returnId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
