using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static GovernancePortal.IntegrationTests.Pages.Surveys.CompletingTestData;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Complete;

/// <summary>The lead's whole journey to a signed return, and who may sign what they checked.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class SignTests(SqlitePortal portal)
{
    [Fact]
    public async Task Journey_LeadSavesResumesCompletesChecksAndSigns_ReturnSubmittedAndLocked()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        // From My surveys to the task list.
        var (_, mySurveys) = await lead.GetPageAsync("/surveys/my-surveys");
        Assert.NotNull(mySurveys.QuerySelector($"#to-complete a[href='{TaskListUrl(returnId)}']"));
        var (_, start) = await lead.GetPageAsync(TaskListUrl(returnId));
        Assert.Contains("You have completed 0 of 2 sections", start.QuerySelector("#progress")!.TextContent, StringComparison.Ordinal);
        Assert.Null(start.QuerySelector("#check-and-sign"));
        var firstLink = start.QuerySelector<IHtmlAnchorElement>($"#sections a[href='{SectionUrl(returnId, survey.SectionIds[0])}']");
        Assert.NotNull(firstLink);

        // Section 1: a low rating saved unfinished, then resumed and completed once explained.
        var first = SectionUrl(returnId, survey.SectionIds[0]);
        var (partial, partialPage) = await lead.SubmitFormAsync(first, Answers("2", completed: false));
        AssertRedirect(partial, partialPage);
        var (refused, refusedPage) = await lead.SubmitFormAsync(first, [new("Input.Completed", "True")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(refusedPage.ErrorSummary(), e => e.Contains("Explain the rating of Limited assurance", StringComparison.Ordinal));
        var (done, donePage) = await lead.SubmitFormAsync(first, [new("Input.Answers[0].Text", "Vetting backlog; recovery plan agreed."), new("Input.Completed", "True")]);
        AssertRedirect(done, donePage);

        // Section 2.
        var (second, secondPage) = await lead.SubmitFormAsync(SectionUrl(returnId, survey.SectionIds[1]), Answers("0", other: "Nothing to add."));
        AssertRedirect(second, secondPage);

        var (_, complete) = await lead.GetPageAsync(TaskListUrl(returnId));
        Assert.Contains("You have completed 2 of 2 sections", complete.QuerySelector("#progress")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(complete.QuerySelector($"#check-and-sign[href='{CheckUrl(returnId)}']"));

        // Check your answers: ratings as words, a Change link per answer, then on to sign.
        var (_, check) = await lead.GetPageAsync(CheckUrl(returnId));
        var checkText = check.QuerySelector("main")!.TextContent;
        Assert.Contains("Limited assurance", checkText, StringComparison.Ordinal);
        Assert.Contains("Substantial assurance", checkText, StringComparison.Ordinal);
        Assert.NotNull(check.QuerySelector($"a[href^='{first}']"));
        var signHref = check.QuerySelector<IHtmlAnchorElement>("#continue-to-sign")!.GetAttribute("href")!;

        // Sign: name and role prefilled from the signatory's post, today's date, explicit confirmation.
        var signForm = await lead.GetFormAsync(signHref);
        Assert.Equal("AC Professionalism", signForm.Value("Input.Role"));
        Assert.Equal(SurveyTestData.Today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), signForm.Value("Input.SignedOn.Day"));
        var (signed, signedPage) = await signForm.SubmitAsync([new("Input.Name", "Alex Example"), new("Input.Confirmed", "True")]);
        AssertRedirect(signed, signedPage);
        Assert.Equal(TaskListUrl(returnId), signed.Headers.Location?.OriginalString);

        var (_, after) = await lead.GetPageAsync(TaskListUrl(returnId));
        Assert.Contains("signed and submitted", after.QuerySelector(".govuk-notification-banner--success")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Signed by Alex Example, AC Professionalism on {SurveyTestData.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}", after.QuerySelector("#signed-by")!.TextContent, StringComparison.Ordinal);
        var stored = await portal.ReturnAsync(returnId);
        Assert.Equal(ReturnStatus.Submitted, stored.Status);
        Assert.Equal(("Alex Example", "AC Professionalism", SurveyTestData.Today), (stored.SignedByName, stored.SignedByRole, stored.SignedOn!.Value));
        Assert.Contains(stored.Events, e => e.Kind == ReturnEventKind.Submitted);

        // Listed as submitted, with who signed.
        var (_, listed) = await lead.GetPageAsync("/surveys/my-surveys");
        Assert.Contains("Signed by Alex Example", listed.QuerySelector("#submitted")!.TextContent, StringComparison.Ordinal);
        Assert.Null(listed.QuerySelector($"#to-complete a[href='{TaskListUrl(returnId)}']"));
    }

    [Fact]
    public async Task Sign_Delegate_SeesTheSignatoryMustSignAndCannotPost()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        await CompleteAllSectionsAsync(delegateClient, survey, returnId);

        var (_, delegatePage) = await delegateClient.GetPageAsync(SignUrl(returnId));
        var leadForm = await lead.GetFormAsync(SignUrl(returnId));
        var (posted, _) = await leadForm.SubmitAsync([new("Input.Confirmed", "True")], asClient: delegateClient);

        Assert.Contains("the named signatory, can sign it", delegatePage.QuerySelector("#delegate-note")!.TextContent, StringComparison.Ordinal);
        Assert.Null(delegatePage.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(ReturnStatus.InProgress, (await portal.ReturnAsync(returnId)).Status);
    }

    [Fact]
    public async Task Sign_NoConfirmation_AsksForIt()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        await CompleteAllSectionsAsync(lead, survey, returnId);

        var (response, page) = await lead.SubmitFormAsync(SignUrl(returnId), [new("Input.Name", "Alex Example"), new("Input.SignedOn.Day", "31"), new("Input.SignedOn.Month", "2")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Confirm the declaration to sign the return", page.ErrorSummary());
        Assert.Contains(page.ErrorSummary(), e => e.StartsWith("Enter the date you signed", StringComparison.Ordinal));
        Assert.Equal("Alex Example", page.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);
        Assert.Equal(ReturnStatus.InProgress, (await portal.ReturnAsync(returnId)).Status);
    }

    [Fact]
    public async Task Sign_ReturnChangedSinceCheck_IsAConflictListingTheChange()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        await CompleteAllSectionsAsync(lead, survey, returnId);
        var (_, check) = await lead.GetPageAsync(CheckUrl(returnId));
        var signForm = await lead.GetFormAsync(check.QuerySelector("#continue-to-sign")!.GetAttribute("href")!);

        // The delegate changes section 2 after the lead checked the answers.
        var (changed, changedPage) = await delegateClient.SubmitFormAsync(SectionUrl(returnId, survey.SectionIds[1]), Answers("3", "Found a gap after all."));
        AssertRedirect(changed, changedPage);
        var (response, page) = await signForm.SubmitAsync([new("Input.Confirmed", "True")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("changed after you checked your answers", string.Join(" ", page.ErrorSummary()), StringComparison.Ordinal);
        Assert.Contains("Demo Met Governance Officer", SavedBySomeoneElse(page), StringComparison.Ordinal);
        Assert.Equal(ReturnStatus.InProgress, (await portal.ReturnAsync(returnId)).Status);
    }

    [Fact]
    public async Task Sign_ReminderSentSinceCheck_StillSigns()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        await CompleteAllSectionsAsync(lead, survey, returnId);
        var (_, check) = await lead.GetPageAsync(CheckUrl(returnId));
        var signForm = await lead.GetFormAsync(check.QuerySelector("#continue-to-sign")!.GetAttribute("href")!);

        // The reminders job records a reminder on the return while the lead reads the declaration: bookkeeping, not a
        // change to their answers, so it must not turn their signature into a conflict.
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.SurveyReturns.AsTracking().Include(r => r.Events).SingleAsync(r => r.Id == returnId);
            stored.RecordReminder(DateTime.UtcNow, "Test reminder");
            return await db.SaveChangesAsync();
        });
        var (response, page) = await signForm.SubmitAsync([new("Input.Confirmed", "True")]);

        AssertRedirect(response, page);
        var signed = await portal.ReturnAsync(returnId);
        Assert.Equal(ReturnStatus.Submitted, signed.Status);
        Assert.Equal(1, signed.RemindersSent);
    }
}
