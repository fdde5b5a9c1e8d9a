using System.Globalization;
using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Create page (/papers/create).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_Ags_StartsVersionOneFromTheTemplateWithLastYearsText()
    {
        var templateId = await portal.EnsureTemplateAsync(PaperKind.AnnualGovernanceStatement);
        var templateSections = await portal.WithDbAsync(db => db.TemplateSections.CountAsync(s => s.TemplateId == templateId));
        var (later, earlier) = await portal.FreeYearPairAsync();
        await portal.BuildPaperAsync(year: earlier, text: "Carried over from last year.");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync("/papers/create",
            [new("Input.Organisation", OrganisationCodes.Met), new("Input.Kind", nameof(PaperKind.AnnualGovernanceStatement)), new("Input.Year", later.ToString()), new("Input.Title", "")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var paper = await portal.PaperAsync(id);
        Assert.Equal(PaperStatus.Draft, paper.Status);
        Assert.Equal(later, paper.Year);
        Assert.Equal($"Annual Governance Statement {later}", paper.Title);
        Assert.Equal(1, paper.Revision);
        Assert.Single(paper.Versions);
        Assert.Equal(templateSections, paper.Sections.Count);
        Assert.Contains(paper.Sections, s => s.Text == "Carried over from last year.");
        Assert.Equal(["Test Commissioner", "Test Director"], paper.Signatories.OrderBy(s => s.SortOrder).Select(s => s.Name));
    }

    [Fact]
    public async Task Save_SecondAgsForAYearAtTheSameMoment_IsRefusedByTheDatabase()
    {
        // Two starts that both passed the page's check: the unique (organisation, year, AGS) index keeps only the first.
        var paper = await portal.BuildPaperAsync();
        var organisationId = await portal.WithDbAsync(db => db.Organisations.Where(o => o.Code == OrganisationCodes.Met).Select(o => o.Id).SingleAsync());

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => portal.WithDbAsync(async db =>
        {
            db.Papers.Add(Paper.Create(PaperTestData.Template(organisationId, PaperKind.AnnualGovernanceStatement), null, paper.Year, "The same AGS again", PaperTestData.Actor));
            return await db.SaveChangesAsync();
        }));

        Assert.NotNull(refused.InnerException);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Papers.CountAsync(p => p.OrganisationId == organisationId && p.Year == paper.Year && p.Kind == PaperKind.AnnualGovernanceStatement)));
    }

    [Fact]
    public async Task Create_SecondAgsForAYear_IsRefusedWithAClearMessage()
    {
        await portal.EnsureTemplateAsync(PaperKind.AnnualGovernanceStatement);
        var existing = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/papers/create",
            [new("Input.Organisation", OrganisationCodes.Met), new("Input.Kind", nameof(PaperKind.AnnualGovernanceStatement)), new("Input.Year", existing.Year.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{await MetNameAsync()} already has its Annual Governance Statement for {existing.Year}: open it from the papers page", page.FieldError("Input_Year"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Papers.CountAsync(p => p.Id >= existing.Id && p.Year == existing.Year && p.Kind == PaperKind.AnnualGovernanceStatement)));
    }

    [Fact]
    public async Task Create_KindWithoutTemplate_SaysSoAndLinksToTheTemplates()
    {
        await portal.RemoveTemplateAsync(PaperKind.ProgressReport);
        var year = await portal.FreeYearAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/papers/create",
            [new("Input.Organisation", OrganisationCodes.Met), new("Input.Kind", nameof(PaperKind.ProgressReport)), new("Input.Year", year.ToString()), new("Input.MeetingName", "Audit Panel"), new("Input.MeetingDate.Day", "1"), new("Input.MeetingDate.Month", "7"), new("Input.MeetingDate.Year", "2019"), new("Input.ImprovementPlanId", await FirstPlanAsync())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("has no template for the Improvement plan progress report yet", page.FieldError("Input_Kind"), StringComparison.Ordinal);
        Assert.Contains("Improvement plan progress report", page.QuerySelector("#missing-templates")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#missing-templates a"));
    }

    [Fact]
    public async Task Create_CoverReportWithoutMeeting_ShowsGovUkMessages()
    {
        await portal.EnsureTemplateAsync(PaperKind.CoverReport);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/papers/create",
            [new("Input.Organisation", OrganisationCodes.Met), new("Input.Kind", nameof(PaperKind.CoverReport)), new("Input.Year", "2016/17"), new("Input.MeetingName", " "), new("Input.MeetingDate.Day", "31"), new("Input.MeetingDate.Month", "2"), new("Input.MeetingDate.Year", "2017")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the meeting the paper goes to, for example Audit Panel", page.FieldError("Input_MeetingName"));
        Assert.Equal("Enter the meeting date as a real date, for example 27 6 2017", page.FieldError("Input_MeetingDate"));
        Assert.Equal("Enter who the report is by, for example The Deputy Commissioner", page.FieldError("Input_ReportBy"));
    }

    [Fact]
    public async Task Create_PanelMember_IsRefused()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await client.GetPageAsync("/papers/create");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<string> MetNameAsync() =>
        portal.WithDbAsync(db => db.Organisations.Where(o => o.Code == OrganisationCodes.Met).Select(o => o.ShortName).SingleAsync());

    private Task<string> FirstPlanAsync() =>
        portal.WithDbAsync(async db => (await db.ImprovementPlans.Where(p => p.Organisation!.Code == OrganisationCodes.Met).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture));
}
