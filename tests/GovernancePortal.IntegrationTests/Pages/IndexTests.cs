using System.Net;
using AngleSharp.Dom;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages;

/// <summary>
/// The home dashboard: each organisation's figures, the user's own first, RAG in words. It checks the figures of the
/// source papers exactly, so it reads a copy of the seeded database that no other test writes to (copies are cheap).
/// </summary>
public sealed class IndexTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private static string Figure(IDocument document, string organisation, string figure) =>
        document.QuerySelector($"section[aria-labelledby='org-{organisation}'] [data-figure='{figure}']")?.TextContent.Trim() ?? "missing";

    [Fact]
    public async Task Get_AsMetGovernance_ShowsBothOrganisationsWithSeededCounts()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = document.QuerySelectorAll("h2.app-card__title").Select(h => h.TextContent).ToList();
        Assert.Equal(2, headings.Count);
        Assert.Contains("Metropolitan Police Service", headings[0], StringComparison.Ordinal);
        Assert.Contains("Your organisation", headings[0], StringComparison.Ordinal);
        Assert.Contains("Mayor's Office for Policing And Crime", headings[1], StringComparison.Ordinal);

        // The Met: 14 governance areas; the 17 actions of the 2018/21 plan are open and past the plan's end (31 March 2021).
        Assert.Equal("14", Figure(document, "MPS", "areas"));
        Assert.Equal("17", Figure(document, "MPS", "open"));
        Assert.Equal("17", Figure(document, "MPS", "overdue"));
        Assert.Equal("17", Figure(document, "MPS", "red"));

        // MOPAC: Code sections 4.1–4.7; of the 14 plan items seven are complete, seven pushed back (six Amber without
        // dates, G8 now overdue and Red).
        Assert.Equal("7", Figure(document, "MOPAC", "areas"));
        Assert.Equal("7", Figure(document, "MOPAC", "open"));
        Assert.Equal("1", Figure(document, "MOPAC", "overdue"));
        Assert.Equal("1", Figure(document, "MOPAC", "red"));
        Assert.Equal("6", Figure(document, "MOPAC", "amber"));
        Assert.Equal("0", Figure(document, "MOPAC", "green"));
    }

    [Fact]
    public async Task Get_AsMopacGovernance_ListsMopacFirst()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (_, document) = await client.GetPageAsync("/");

        var first = document.QuerySelector("h2.app-card__title")!.TextContent;
        Assert.Contains("Mayor's Office for Policing And Crime", first, StringComparison.Ordinal);
        Assert.Contains("Your organisation", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Dashboard_RagAlwaysShownAsWordsWithRulePrinted()
    {
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(PortalFactory.Accounts.Panel);

        var (_, document) = await client.GetPageAsync("/");

        var tags = document.QuerySelectorAll(".app-rag").Select(t => t.TextContent.Trim()).Distinct().Order().ToList();
        Assert.Equal(["Amber", "Green", "Red"], tags);
        Assert.Contains("Red: past its due date", document.QuerySelector(".govuk-details__text")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LeadWithAReturnToComplete_ShowsItWithAContinueLink()
    {
        var survey = await portal.NewSurveyAsync(sections: 3);
        var returnId = survey.LeadReturnId!.Value;
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, document) = await client.GetPageAsync("/");

        var block = document.QuerySelector("#my-returns")!;
        Assert.Contains("Your Statement of Internal Control", block.TextContent, StringComparison.Ordinal);
        var item = block.QuerySelector($"a[href='/surveys/returns/{returnId}/complete']")!.Closest("li")!.TextContent;
        Assert.Contains("due in 30 days", item, StringComparison.Ordinal);
        Assert.Contains("0 of 3 sections completed", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_GovernanceWithAnIssuedSurvey_ShowsItsResponseRate()
    {
        var survey = await portal.NewSurveyAsync(leadEmail: null, otherRespondents: 3);
        await portal.SubmitThroughDomainAsync(survey.ReturnIds[0]);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (_, document) = await client.GetPageAsync("/");
        var (_, leadsHome) = await lead.GetPageAsync("/");

        var rate = document.QuerySelector($"section[aria-labelledby='org-MPS'] [data-survey='{survey.SurveyId}']")!.TextContent;
        Assert.Contains("1 of 3 returned — 33%", rate, StringComparison.Ordinal);
        Assert.Null(leadsHome.QuerySelector($"[data-survey='{survey.SurveyId}']"));
    }
}
