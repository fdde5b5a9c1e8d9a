using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>Helpers of the tests of completing a return: delegates, the section form's field names, answering through the forms.</summary>
public static class CompletingTestData
{
    private static int posts;

    /// <summary>A new post in the return's organisation, linked to <paramref name="email"/>'s account, made a delegate of the return.</summary>
    public static Task AddDelegateAsync(this PortalFactory portal, int returnId, string email = PortalFactory.Accounts.MetGovernance) =>
        portal.WithDbAsync(async db =>
        {
            var surveyReturn = await db.SurveyReturns.Include(r => r.Delegates).ThenInclude(d => d.Person).Include(r => r.Signatory).Include(r => r.Survey).SingleAsync(r => r.Id == returnId);
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var n = Interlocked.Increment(ref posts);
            var post = new Person { OrganisationId = surveyReturn.Survey!.OrganisationId, JobTitle = $"Staff officer {n}", FullName = $"Delegate {n}", UserId = userId, Email = email };
            db.People.Add(post);
            surveyReturn.ChangeAssignment(surveyReturn.Deadline, [.. surveyReturn.Delegates.Select(d => d.Person!), post], SurveyTestData.Today);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Moves the return's deadline (e.g. into the past, which the domain refuses on purpose).</summary>
    public static Task SetDeadlineAsync(this PortalFactory portal, int returnId, DateOnly deadline) =>
        portal.WithDbAsync(async db =>
        {
            var surveyReturn = await db.SurveyReturns.SingleAsync(r => r.Id == returnId);
            surveyReturn.Deadline = deadline;
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Answers every section (rating <paramref name="rating"/>, explained) and signs the return as its signatory, through the domain.</summary>
    public static Task SubmitThroughDomainAsync(this PortalFactory portal, int returnId, int rating = 1) =>
        portal.WithDbAsync(async db =>
        {
            var surveyReturn = await db.SurveyReturns
                .Include(r => r.Survey!).ThenInclude(s => s.Sections).ThenInclude(s => s.Questions)
                .Include(r => r.Sections).ThenInclude(s => s.Answers)
                .Include(r => r.Signatory)
                .AsSplitQuery()
                .SingleAsync(r => r.Id == returnId);
            var survey = surveyReturn.Survey!;
            var actor = SurveyTestData.TestActor;
            foreach (var section in survey.OrderedSections)
            {
                var answers = section.OrderedQuestions.Select(q => q.Kind == Domain.Surveys.QuestionKind.Rating
                    ? new Domain.Surveys.AnswerInput(q.Id, rating, null, "Explained by the test.", null)
                    : new Domain.Surveys.AnswerInput(q.Id, null, null, "Nothing else.", null)).ToList();
                surveyReturn.SaveSection(survey, section, answers, markComplete: true, actor);
            }

            surveyReturn.Submit(survey, [surveyReturn.SignatoryId], "Test Signatory", surveyReturn.Signatory!.JobTitle, SurveyTestData.Today, confirmed: true, actor);
            await db.SaveChangesAsync();
            return 0;
        });

    public static string TaskListUrl(int returnId) => $"/surveys/returns/{returnId}/complete";

    public static string SectionUrl(int returnId, int sectionId) => $"/surveys/returns/{returnId}/sections/{sectionId}";

    public static string CheckUrl(int returnId) => $"/surveys/returns/{returnId}/check";

    public static string SignUrl(int returnId) => $"/surveys/returns/{returnId}/sign";

    /// <summary>The test survey's section form: a rating (question 0) with its narrative, and optional free text (question 1).</summary>
    public static KeyValuePair<string, string>[] Answers(string? rating, string? narrative = null, string? other = null, bool? completed = true)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (rating is not null)
        {
            fields.Add(new("Input.Answers[0].Rating", rating));
        }

        fields.Add(new("Input.Answers[0].Text", narrative ?? string.Empty));
        fields.Add(new("Input.Answers[1].Text", other ?? string.Empty));
        if (completed is { } done)
        {
            fields.Add(new("Input.Completed", done ? "True" : "False"));
        }

        return [.. fields];
    }

    /// <summary>Completes every section of the test survey through the section forms, as <paramref name="client"/>.</summary>
    public static async Task CompleteAllSectionsAsync(HttpClient client, TestSurvey survey, int returnId, string rating = "1")
    {
        foreach (var sectionId in survey.SectionIds)
        {
            var (response, page) = await client.SubmitFormAsync(SectionUrl(returnId, sectionId), Answers(rating, "Controls operated as designed."));
            AssertRedirect(response, page);
        }
    }

    /// <summary>A new survey of the Met with a return for lead@example.org, its id and the survey.</summary>
    public static async Task<(TestSurvey Survey, int ReturnId)> LeadReturnAsync(this PortalFactory portal, int sections = 2)
    {
        var survey = await portal.NewSurveyAsync(OrganisationCodes.Met, sections: sections);
        return (survey, survey.LeadReturnId!.Value);
    }

    public static void AssertRedirect(HttpResponseMessage response, IDocument document)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {string.Join("; ", document.ErrorSummary())}");
    }

    /// <summary>The "Saved by someone else" panel's text (the values now stored).</summary>
    public static string SavedBySomeoneElse(IDocument page) =>
        page.QuerySelector(".govuk-inset-text .govuk-summary-list")?.TextContent ?? string.Empty;
}
