using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using static GovernancePortal.IntegrationTests.Pages.Surveys.CompletingTestData;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Complete;

/// <summary>Answering a section: saved as the lead goes, completeness rules as field errors, who may draft, locking.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class SectionTests(SqlitePortal portal)
{
    [Fact]
    public async Task Save_UnfinishedAnswers_SavedAndShownWhenResumed()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var url = SectionUrl(returnId, survey.SectionIds[0]);

        var (saved, savedPage) = await lead.SubmitFormAsync(url, Answers("2", completed: false));

        AssertRedirect(saved, savedPage);
        var (_, taskList) = await lead.GetPageAsync(TaskListUrl(returnId));
        Assert.Equal("In progress", taskList.QuerySelector($"#section-{survey.SectionIds[0]}-status")!.TextContent.Trim());
        Assert.Equal("Not yet started", taskList.QuerySelector($"#section-{survey.SectionIds[1]}-status")!.TextContent.Trim());
        var resumed = await lead.GetFormAsync(url);
        Assert.Equal("2", resumed.Value("Input.Answers[0].Rating"));
        Assert.Equal("False", resumed.Value("Input.Completed"));
        var stored = await portal.ReturnAsync(returnId);
        Assert.Equal(ReturnStatus.InProgress, stored.Status);
        Assert.False(Assert.Single(stored.Sections).IsComplete);
    }

    [Fact]
    public async Task Save_LowRatingWithoutNarrativeMarkedComplete_ShowsTheProblemAtTheNarrative()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var url = SectionUrl(returnId, survey.SectionIds[0]);

        var (response, page) = await lead.SubmitFormAsync(url, Answers("2", narrative: string.Empty, other: "Kept while I fix the rest"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var link = page.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal("#Input_Answers_0__Text", link.GetAttribute("href"));
        Assert.Contains("Explain the rating of Limited assurance", link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.FieldError("Input_Answers_0__Text"));
        Assert.Equal("Kept while I fix the rest", page.QuerySelector<IHtmlTextAreaElement>("#Input_Answers_1__Text")!.Value);
        Assert.Empty((await portal.ReturnAsync(returnId)).Sections);

        var form = RenderedForm.ForElement(lead, url, page.QuerySelector<IHtmlFormElement>("main form")!);
        var (fixedResponse, fixedPage) = await form.SubmitAsync([new("Input.Answers[0].Text", "Vetting backlog; recovery plan agreed.")]);
        AssertRedirect(fixedResponse, fixedPage);
        var section = Assert.Single((await portal.ReturnAsync(returnId)).Sections);
        Assert.True(section.IsComplete);
        Assert.Equal("Vetting backlog; recovery plan agreed.", section.Answers.Single(a => a.Rating == 2).Text);
    }

    [Fact]
    public async Task Save_NoRatingMarkedComplete_ShowsTheProblemAtTheRating()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await lead.SubmitFormAsync(SectionUrl(returnId, survey.SectionIds[0]), Answers(null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("#Input_Answers_0__Rating", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.FieldError("Input_Answers_0__Rating"));
    }

    [Fact]
    public async Task Save_NoCompletedChoice_AsksForIt()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await lead.SubmitFormAsync(SectionUrl(returnId, survey.SectionIds[0]), Answers("0", completed: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select whether you have completed this section", page.ErrorSummary());
    }

    [Fact]
    public async Task Save_Delegate_DraftsTheReturn()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await delegateClient.SubmitFormAsync(SectionUrl(returnId, survey.SectionIds[1]), Answers("1", "Drafted by the staff officer."));

        AssertRedirect(response, page);
        var section = Assert.Single((await portal.ReturnAsync(returnId)).Sections);
        Assert.Equal("Demo Met Governance Officer", section.LastSavedByName);
    }

    [Fact]
    public async Task Open_GovernanceTeamNotADelegate_IsForbidden()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = SectionUrl(returnId, survey.SectionIds[0]);

        var (opened, _) = await governance.GetPageAsync(url);
        var form = await lead.GetFormAsync(url);
        var (posted, _) = await form.SubmitAsync(Answers("0", "Not theirs"), asClient: governance);

        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Empty((await portal.ReturnAsync(returnId)).Sections);
    }

    [Fact]
    public async Task Open_SomeoneElsesReturn_IsForbidden()
    {
        var others = await portal.NewSurveyAsync(OrganisationCodes.Met, leadEmail: null, otherRespondents: 1);
        var (mine, myReturn) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var theirs = SectionUrl(others.ReturnIds[0], others.SectionIds[0]);

        var (opened, _) = await lead.GetPageAsync(theirs);
        var form = await lead.GetFormAsync(SectionUrl(myReturn, mine.SectionIds[0]));
        var (posted, _) = await form.PostingTo(theirs).SubmitAsync(Answers("0", "Not mine"));

        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Empty((await portal.ReturnAsync(others.ReturnIds[0])).Sections);
    }

    [Fact]
    public async Task Save_AfterSubmission_IsRefusedAndTheSectionIsReadOnly()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var url = SectionUrl(returnId, survey.SectionIds[0]);
        var openedBefore = await lead.GetFormAsync(url);
        await portal.SubmitThroughDomainAsync(returnId);

        var (_, locked) = await lead.GetPageAsync(url);
        var (posted, postedPage) = await openedBefore.SubmitAsync(Answers("3", "A change after signing"));

        Assert.Contains("signed and submitted", locked.QuerySelector("#locked")!.TextContent, StringComparison.Ordinal);
        Assert.Null(locked.QuerySelector("main form"));
        Assert.Contains("Reasonable assurance", locked.QuerySelector("#answers")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains(postedPage.ErrorSummary(), e => e.Contains("signed and submitted", StringComparison.Ordinal));
        Assert.DoesNotContain((await portal.ReturnAsync(returnId)).Sections.SelectMany(s => s.Answers), a => a.Rating == 3);
    }
}

/// <summary>Two people (or two tabs) saving the same section: the second sees both versions and loses nothing.</summary>
public abstract class SectionConflictTests(PortalFactory portal)
{
    [Fact]
    public async Task Save_TwoTabsOnTheSameSection_SecondIsAConflictShowingBothAndLosingNothing()
    {
        var (survey, returnId) = await portal.LeadReturnAsync();
        await portal.AddDelegateAsync(returnId);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var delegateClient = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = SectionUrl(returnId, survey.SectionIds[0]);
        var leadTab = await lead.GetFormAsync(url);
        var delegateTab = await delegateClient.GetFormAsync(url);

        var (first, firstPage) = await delegateTab.SubmitAsync(Answers("1", "The delegate's draft", completed: false));
        var (second, secondPage) = await leadTab.SubmitAsync(Answers("2", "The lead's own words", completed: false));

        AssertRedirect(first, firstPage);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var theirs = SavedBySomeoneElse(secondPage);
        Assert.Contains("The delegate's draft", theirs, StringComparison.Ordinal);
        Assert.Contains("Reasonable assurance", theirs, StringComparison.Ordinal);
        Assert.Equal("The lead's own words", secondPage.QuerySelector<IHtmlTextAreaElement>("#Input_Answers_0__Text")!.Value);
        Assert.True(secondPage.QuerySelector<IHtmlInputElement>("#Input_Answers_0__Rating-3")!.IsChecked);
        Assert.Equal("The delegate's draft", Assert.Single((await portal.ReturnAsync(returnId)).Sections).Answers.Single(a => a.Rating is not null).Text);

        // Saving again from the conflict page replaces the other version on purpose.
        var again = RenderedForm.ForElement(lead, url, secondPage.QuerySelector<IHtmlFormElement>("main form")!);
        var (replaced, replacedPage) = await again.SubmitAsync([]);
        AssertRedirect(replaced, replacedPage);
        var answer = Assert.Single((await portal.ReturnAsync(returnId)).Sections).Answers.Single(a => a.Rating is not null);
        Assert.Equal(("The lead's own words", 2), (answer.Text, answer.Rating!.Value));
    }
}

[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class SqliteSectionConflictTests(SqlitePortal portal) : SectionConflictTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSectionConflictTests(PostgresPortal portal) : SectionConflictTests(portal);
