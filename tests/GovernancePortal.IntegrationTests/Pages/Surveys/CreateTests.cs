using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The Surveys/Create page (/surveys/create): from the framework, by copy, and one survey a year.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Create_New_HasASectionPerGovernanceAreaWithGuidanceAndTwoQuestions()
    {
        var year = await portal.FreeYearAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync("/surveys/create?organisation=mps",
            [new("Input.Year", year.ToString()), new("Input.StartFrom", "new"), new("Input.Title", "")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var survey = await portal.SurveyAsync(IdFrom(response));
        Assert.Equal(SurveyStatus.Draft, survey.Status);
        Assert.Equal($"Statement of Internal Control {year}", survey.Title);
        var (areas, keyControls) = await portal.WithDbAsync(async db =>
        {
            var latest = await db.FrameworkYears.Where(y => y.Organisation!.Code == "MPS" && y.Year <= year).MaxAsync(y => y.Year);
            var statements = await db.AreaStatements.AsNoTracking().Where(s => s.Year == latest && s.Kind == StatementKind.KeyControls).ToListAsync();
            var all = await db.GovernanceAreas.AsNoTracking().Where(a => a.Organisation!.Code == "MPS").ToListAsync();
            return (all.Where(a => !a.IsArchived || statements.Any(s => s.GovernanceAreaId == a.Id)).ToList(), statements);
        });
        Assert.Equal(areas.Select(a => a.Id).Order(), survey.Sections.Select(s => s.GovernanceAreaId!.Value).Order());
        Assert.All(survey.Sections, s => Assert.Equal([QuestionKind.Rating, QuestionKind.Evidence], s.OrderedQuestions.Select(q => q.Kind)));
        var withControls = keyControls.First();
        var section = survey.Sections.Single(s => s.GovernanceAreaId == withControls.GovernanceAreaId);
        Assert.Contains(withControls.Text.Trim()[..20], section.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ByCopy_CopiesStructureAndSettingsButNeverAnswersOrRespondents()
    {
        var (later, earlier) = await portal.FreeYearPairAsync();
        var previous = await portal.BuildSurveyAsync(sections: 2, respondents: 1, issue: true, year: earlier, title: "Last year's survey");
        await portal.WithDbAsync(async db =>
        {
            var survey = await db.Surveys.Include(s => s.Sections).ThenInclude(s => s.Questions).Include(s => s.Returns).ThenInclude(r => r.Sections).SingleAsync(s => s.Id == previous.Id);
            survey.ScaleLabels = "Full\nPartial\nNone";
            survey.NarrativeRequiredFrom = 1;
            var section = survey.OrderedSections.First();
            var rating = section.OrderedQuestions.First();
            survey.Returns[0].SaveSection(survey, section, [new AnswerInput(rating.Id, 0, null, "Last year's narrative", null)], markComplete: false, SurveyBuildTestData.Actor);
            return await db.SaveChangesAsync();
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, form) = await client.GetPageAsync("/surveys/create?organisation=mps");
        Assert.Contains("Answers and respondents are never copied", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await client.SubmitFormAsync("/surveys/create?organisation=mps",
            [new("Input.Year", later.ToString()), new("Input.StartFrom", "copy"), new("Input.Title", "This year's survey")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await portal.SurveyAsync(IdFrom(response));
        var original = await portal.SurveyAsync(previous.Id);
        Assert.Equal(previous.Id, copy.CopiedFromId);
        Assert.Equal("This year's survey", copy.Title);
        Assert.Equal(["Full", "Partial", "None"], copy.Scale);
        Assert.Equal(1, copy.NarrativeRequiredFrom);
        Assert.Equal(original.OrderedSections.Select(s => s.Title), copy.OrderedSections.Select(s => s.Title));
        Assert.Equal(original.OrderedSections.SelectMany(s => s.OrderedQuestions).Select(q => (q.Kind, q.Text)), copy.OrderedSections.SelectMany(s => s.OrderedQuestions).Select(q => (q.Kind, q.Text)));
        Assert.Empty(copy.Returns);
        var copiedQuestions = copy.Sections.SelectMany(s => s.Questions).Select(q => q.Id).ToList();
        Assert.Equal(0, await portal.WithDbAsync(db => db.SurveyAnswers.CountAsync(a => copiedQuestions.Contains(a.QuestionId))));
        Assert.Single(original.Returns.SelectMany(r => r.Sections).SelectMany(s => s.Answers));
    }

    [Fact]
    public async Task Create_SecondSurveyForTheSameYear_IsRefusedWithAMessage()
    {
        var existing = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/surveys/create?organisation=mps",
            [new("Input.Year", existing.Year.ToString()), new("Input.StartFrom", "new")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith($"already has a survey for {existing.Year}: open it from the list of surveys", page.FieldError("Input_Year"), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Surveys.CountAsync(s => s.Year == existing.Year && s.Organisation!.Code == "MPS")));
    }

    [Fact]
    public async Task Create_NoYearAndNoStart_ShowsGovUkErrors()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/surveys/create?organisation=mps", [new("Input.Year", "twenty twenty")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the reporting year like 2019/20", page.FieldError("Input_Year"));
    }

    [Fact]
    public async Task Create_MopacGovernanceForTheMet_IsForbidden()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var response = await client.GetAsync(new Uri("/surveys/create?organisation=mps", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
