using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>The owner reports progress; conflicts (on each provider) keep what they typed.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class UpdateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Update_LeadReportsAndGovernanceAccepts_ProgressShownAndKept()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-01");

        var (sent, sentPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "Skills strategy drafted; consultation in January."), new("Input.Assessment", "AtRisk")]);
        ImprovementTestData.AssertRedirect(sent, sentPage);
        var pending = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-01");
        Assert.Equal(UpdateReview.Pending, Assert.Single(pending.Updates).Review);
        Assert.True(pending.OwnerReportsAtRisk);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (accepted, acceptedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/review", [new("Input.Comment", "Thanks")], handler: "Accept");
        ImprovementTestData.AssertRedirect(accepted, acceptedPage);

        var after = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-01");
        var update = Assert.Single(after.Updates);
        Assert.Equal(UpdateReview.Accepted, update.Review);
        Assert.Equal("Demo Met Governance Officer", update.ReviewedByName);
        Assert.Equal("Skills strategy drafted; consultation in January.", after.Progress);
        var (_, details) = await lead.GetPageAsync($"/improvement/actions/{action.Id}");
        Assert.Contains("Accepted by Demo Met Governance Officer", details.QuerySelector("#updates + .app-history")!.TextContent, StringComparison.Ordinal);
        var (_, history) = await governance.GetPageAsync($"/history/improvement-action/{action.Id}");
        Assert.Contains("Progress update from Demo Senior Lead", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_LeadOnSomeoneElsesAction_IsForbidden()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA4-01");

        var (details, detailsPage) = await lead.GetPageAsync($"/improvement/actions/{action.Id}");
        var (form, _) = await lead.GetPageAsync($"/improvement/actions/{action.Id}/update");
        // The form as the governance team sees it, posted by the lead.
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var rendered = await governance.GetFormAsync($"/improvement/actions/{action.Id}/update");
        var (posted, _) = await rendered.SubmitAsync([new("Input.Narrative", "Not mine"), new("Input.Assessment", "OnTrack")], asClient: lead);

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Null(detailsPage.QuerySelector($"a[href='/improvement/actions/{action.Id}/update']"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Empty((await portal.ActiveActionAsync(OrganisationCodes.Met, "IA4-01")).Updates);
    }
}

public abstract class UpdateConflictTests(PortalFactory portal)
{
    [Fact]
    public async Task Update_TwoTabsOnTheSameVersion_SecondIsAConflict()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-04");
        var (_, form) = await lead.GetPageAsync($"/improvement/actions/{action.Id}/update");
        var version = form.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;

        var (first, firstPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "First tab"), new("Input.Assessment", "OnTrack"), new("Input.Version", version)]);
        var (second, secondPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "Second tab"), new("Input.Assessment", "OnTrack"), new("Input.Version", version)]);

        ImprovementTestData.AssertRedirect(first, firstPage);
        Assert.True(second.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, $"Got {(int)second.StatusCode}");
        Assert.Equal("Second tab", secondPage.QuerySelector<IHtmlTextAreaElement>("#Input_Narrative")?.Value);
        Assert.Single((await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-04")).Updates);
    }

    [Fact]
    public async Task Update_ActionChangedMeanwhile_ShowsTheActionAsSaved()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-02");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var version = await ActionConflicts.VersionAsync(lead, $"/improvement/actions/{action.Id}/update");
        await portal.SomeoneElseEditsAsync(action.Id, "IA2-02 as the governance team now words it");

        var (response, page) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "My progress"), new("Input.Assessment", "OnTrack"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("IA2-02 as the governance team now words it", ActionConflicts.SavedBySomeoneElse(page), StringComparison.Ordinal);
        Assert.Equal("My progress", page.QuerySelector<IHtmlTextAreaElement>("#Input_Narrative")?.Value);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteUpdateConflictTests(SqlitePortal portal) : UpdateConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresUpdateConflictTests(PostgresPortal portal) : UpdateConflictTests(portal);
