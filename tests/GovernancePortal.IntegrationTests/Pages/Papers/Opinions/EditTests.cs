using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Opinions;

/// <summary>The Papers/Opinions/Edit page (/papers/opinions/{org}/{year}).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    private Task<AuditOpinion?> OpinionAsync(Domain.Organisations.ReportingYear year) =>
        portal.WithDbAsync(db => db.AuditOpinions.AsNoTracking().SingleOrDefaultAsync(o => o.Organisation!.Code == "MPS" && o.Year == year));

    [Fact]
    public async Task Record_NewYear_CreatesTheOpinion()
    {
        var year = ReferenceTestData.NewOpinionYear();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/papers/opinions/mps/{ReferenceTestData.Slug(year)}";

        var (response, _) = await client.SubmitFormAsync(url,
        [
            new("Input.Level", "Limited"),
            new("Input.Opinion", "Significant gaps were found."),
            new("Input.GivenBy", "Head of Internal Audit"),
            new("Input.GivenOn.Day", "27"),
            new("Input.GivenOn.Month", "5"),
            new("Input.GivenOn.Year", "2041"),
            new("Input.Basis", "The reviews of the year."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await OpinionAsync(year);
        Assert.NotNull(saved);
        Assert.Equal(AssuranceLevel.Limited, saved.Level);
        Assert.Equal(new DateOnly(2041, 5, 27), saved.GivenOn);
        Assert.Equal("The reviews of the year.", saved.Basis);
        var (_, page) = await client.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector($"main a[href='/papers/opinions/mps/{saved.Id}/recommendation']"));
    }

    [Fact]
    public async Task Record_MissingFieldsAndHalfDate_ShowsAMessagePerField()
    {
        var year = ReferenceTestData.NewOpinionYear();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/opinions/mps/{ReferenceTestData.Slug(year)}",
            [new("Input.Opinion", "Typed opinion"), new("Input.GivenOn.Day", "31"), new("Input.GivenOn.Month", "2")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose the level of assurance the opinion gives", page.FieldError("Input_Level"));
        Assert.Equal("Enter who gave the opinion, for example Director of Audit, Risk and Assurance", page.FieldError("Input_GivenBy"));
        Assert.Equal("Date given must include a year", page.FieldError("Input_GivenOn"));
        Assert.Equal("Typed opinion", page.QuerySelector<IHtmlTextAreaElement>("#Input_Opinion")!.Value);
        Assert.Null(await OpinionAsync(year));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var year = ReferenceTestData.NewOpinionYear();
        var id = await portal.AddOpinionAsync("MPS", year);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/papers/opinions/mps/{ReferenceTestData.Slug(year)}");
        await portal.WithDbAsync(async db =>
        {
            (await db.AuditOpinions.SingleAsync(o => o.Id == id)).GivenBy = "Colleague's version";
            return await db.SaveChangesAsync();
        });

        var (response, page) = await form.SubmitAsync([new("Input.GivenBy", "My version")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Colleague's version", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My version", page.QuerySelector<IHtmlInputElement>("#Input_GivenBy")!.Value);
        Assert.Equal("Colleague's version", (await OpinionAsync(year))!.GivenBy);
    }

    [Fact]
    public async Task Record_SomeoneElseRecordedTheYearFirst_IsAConflict()
    {
        var year = ReferenceTestData.NewOpinionYear();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/papers/opinions/mps/{ReferenceTestData.Slug(year)}");
        await portal.AddOpinionAsync("MPS", year);

        var (response, _) = await form.SubmitAsync([new("Input.Level", "Substantial"), new("Input.Opinion", "Mine"), new("Input.GivenBy", "Me")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(AssuranceLevel.Adequate, (await OpinionAsync(year))!.Level);
    }

    [Fact]
    public async Task Edit_LeadOrOtherOrganisationOrBadYear_IsRefused()
    {
        var year = ReferenceTestData.NewOpinionYear();
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/papers/opinions/mps/{ReferenceTestData.Slug(year)}";

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await met.GetAsync(new Uri("/papers/opinions/mps/not-a-year", UriKind.Relative))).StatusCode);
        var form = await met.GetFormAsync(url);
        var (post, _) = await form.SubmitAsync([new("Input.Level", "Substantial"), new("Input.Opinion", "Hijack"), new("Input.GivenBy", "MOPAC")], asClient: mopac);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null(await OpinionAsync(year));
    }
}
