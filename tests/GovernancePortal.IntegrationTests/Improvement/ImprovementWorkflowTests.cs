using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Improvement;

/// <summary>The improvement tracker through its pages: counts, updates, the slippage ledger, two-key closure, carry-forward.</summary>
public abstract class ImprovementWorkflowTests(PortalFactory portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task Dashboard_SeededMopacPlan_CountsAsThePaperReportsThem()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (response, document) = await panel.GetPageAsync("/improvement/mopac/2018-19");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = document.QuerySelector("main .govuk-body-l")!.TextContent;
        Assert.Equal("14 actions: 7 (50%) complete, 0 (0%) on track, 6 (43%) with revised timescales and 1 (7%) overdue.", summary.Trim());
        Assert.Contains("32 (67%) of these are complete", document.QuerySelector("main .govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var rags = document.QuerySelectorAll("main .app-action-table .app-rag").Select(t => t.TextContent).ToList();
        Assert.Equal(7, rags.Count(r => r == "Green"));
        Assert.Equal(6, rags.Count(r => r == "Amber"));
        Assert.Equal(1, rags.Count(r => r == "Red"));
    }

    [Fact]
    public async Task Register_FilteredBySlippedAndRag_ListsOnlyMatchingActions()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (_, slipped) = await panel.GetPageAsync("/improvement/register?org=MOPAC&slipped=true");
        var (_, amber) = await panel.GetPageAsync("/improvement/register?org=MOPAC&rag=Amber&status=Open");

        var slippedCodes = slipped.QuerySelectorAll("main .app-action-table tbody tr td:first-child a strong").Select(s => s.TextContent).ToList();
        Assert.Equal(["A2", "B1", "C1", "D1", "F3", "F10", "G8"], slippedCodes);
        Assert.Equal(6, amber.QuerySelectorAll("main .app-action-table tbody tr").Length);
    }

    [Fact]
    public async Task Update_LeadReportsAndGovernanceAccepts_ProgressShownAndKept()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await ActionAsync(OrganisationCodes.Met, "IA2-01");

        var (sent, sentPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "Skills strategy drafted; consultation in January."), new("Input.Assessment", "AtRisk")]);
        AssertRedirect(sent, sentPage);
        var pending = await ActionAsync(OrganisationCodes.Met, "IA2-01");
        Assert.Equal(UpdateReview.Pending, Assert.Single(pending.Updates).Review);
        Assert.True(pending.OwnerReportsAtRisk);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (accepted, acceptedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/review", [new("Input.Comment", "Thanks")], handler: "Accept");
        AssertRedirect(accepted, acceptedPage);

        var after = await ActionAsync(OrganisationCodes.Met, "IA2-01");
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
    public async Task RequestUpdates_GovernanceAsksByADate_OwnerSeesItUntilTheyUpdate()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, list) = await governance.GetPageAsync("/improvement/mps/request-updates");
        Assert.Contains("IA9-04", list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        var (response, document) = await governance.SubmitFormAsync("/improvement/mps/request-updates",
            [new("Input.By.Day", "31"), new("Input.By.Month", "12"), new("Input.By.Year", "2099")]);
        AssertRedirect(response, document);
        Assert.Equal(new DateOnly(2099, 12, 31), (await ActionAsync(OrganisationCodes.Met, "IA9-04")).UpdateRequestedBy);

        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await ActionAsync(OrganisationCodes.Met, "IA9-04");
        var (_, details) = await lead.GetPageAsync($"/improvement/actions/{action.Id}");
        Assert.Contains("requested by 31 December 2099", details.QuerySelector("main .govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var (sent, sentPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update", [new("Input.Narrative", "Workforce survey done."), new("Input.Assessment", "OnTrack")]);
        AssertRedirect(sent, sentPage);
        Assert.Null((await ActionAsync(OrganisationCodes.Met, "IA9-04")).UpdateRequestedBy);
    }

    [Fact]
    public async Task RequestUpdates_DateInThePast_IsRefusedAndNothingRequested()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await governance.SubmitFormAsync("/improvement/mps/request-updates",
            [new("Input.By.Day", "1"), new("Input.By.Month", "1"), new("Input.By.Year", "2001")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the date updates are due by, today or later", document.ErrorSummary());
        Assert.Equal("2001", document.QuerySelector<IHtmlInputElement>("#Input_By-year")?.Value);
    }

    [Fact]
    public async Task Area_GovernanceEditsAndAssesses_PlanShowsLeadLinksAndAssessment()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (plan, area, principle, governanceArea) = await portal.WithDbAsync(async db =>
        {
            var ia6 = await db.ImprovementAreas.AsNoTracking().SingleAsync(a => a.Code == "IA6" && a.Plan!.Status == PlanStatus.Active);
            var b = await db.Principles.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.Code == "B").Select(p => p.Id).SingleAsync();
            var eleven = await db.GovernanceAreas.AsNoTracking().Where(g => g.Organisation!.Code == OrganisationCodes.Met && g.Reference == "11").Select(g => g.Id).SingleAsync();
            return (ia6.PlanId, ia6.Id, b, eleven);
        });

        var (saved, savedPage) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/areas/{area}/edit",
            [new("Input.Code", "IA6"), new("Input.Title", "Non-cashable benefits"), new("Input.Tier", "Priority"), new("Input.PrincipleId", principle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new("Input.GovernanceAreaIds", governanceArea.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Aim", "Benefits are realised and reported.")]);
        AssertRedirect(saved, savedPage);
        var (assessed, assessedPage) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/areas/{area}/assess",
            [new("Input.Period", "2020-21 year end"), new("Input.AsAt.Day", "31"), new("Input.AsAt.Month", "3"), new("Input.AsAt.Year", "2021"), new("Input.Assessment", "limited progress")]);
        AssertRedirect(assessed, assessedPage);

        var (_, page) = await governance.GetPageAsync("/improvement/mps/2018-21");
        var section = page.QuerySelector($"#area-{area}")!.ParentElement!.TextContent;
        Assert.Contains("Priority", section, StringComparison.Ordinal);
        Assert.Contains("B:", section, StringComparison.Ordinal);
        Assert.Contains("11 ", section, StringComparison.Ordinal);
        Assert.Contains("Progress assessment: limited progress", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePlan_DuplicatePeriod_IsRefusedAndNewOneOpens()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (duplicate, duplicatePage) = await governance.SubmitFormAsync("/improvement/mps/plans/create",
            [new("Input.Title", "Another 2018/21"), new("Input.FirstYear", "2018/19"), new("Input.LastYear", "2020/21")]);
        var (created, createdPage) = await governance.SubmitFormAsync("/improvement/mps/plans/create",
            [new("Input.Title", "Met Governance Improvement Plan 2030/31"), new("Input.FirstYear", "2030/31")]);

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("Met already has a plan for 2018/21", duplicatePage.ErrorSummary());
        AssertRedirect(created, createdPage);
        Assert.Equal("/improvement/mps/2030-31", created.Headers.Location?.OriginalString);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var (forbidden, _) = await mopac.GetPageAsync("/improvement/mps/plans/create");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Update_LeadOnSomeoneElsesAction_IsForbidden()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await ActionAsync(OrganisationCodes.Met, "IA4-01");

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
        Assert.Empty((await ActionAsync(OrganisationCodes.Met, "IA4-01")).Updates);
    }

    [Fact]
    public async Task ReviseDate_WithoutReason_ReshowsFormWithWhatWasTyped()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var action = await ActionAsync(OrganisationCodes.Met, "IA5-01");

        var (response, document) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/revise-date",
            [new("Input.NewDueDate.Day", "30"), new("Input.NewDueDate.Month", "9"), new("Input.NewDueDate.Year", "2027"), new("Input.ForOwner", "True")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give the reason the due date is changing", document.ErrorSummary());
        Assert.Equal("2027", document.QuerySelector<IHtmlInputElement>("#Input_NewDueDate-year")?.Value);
        Assert.True(document.QuerySelector<IHtmlInputElement>("input[name='Input.ForOwner'][value='True']")?.IsChecked);
        Assert.Equal(0, (await ActionAsync(OrganisationCodes.Met, "IA5-01")).RevisionCount);
    }

    [Fact]
    public async Task ReviseDate_GovernanceRevisesDirectly_LedgerShowsThemAsAskerAndApprover()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var before = await ActionAsync(OrganisationCodes.Met, "IA5-02");

        var (response, document) = await governance.SubmitFormAsync($"/improvement/actions/{before.Id}/revise-date",
            [new("Input.NewDueDate.Day", "31"), new("Input.NewDueDate.Month", "3"), new("Input.NewDueDate.Year", "2027"),
             new("Input.Reason", "Supplier re-procurement"), new("Input.ForOwner", "False")]);
        AssertRedirect(response, document);

        var after = await ActionAsync(OrganisationCodes.Met, "IA5-02");
        Assert.Equal(before.OriginalDueDate, after.OriginalDueDate);
        Assert.Equal(new DateOnly(2027, 3, 31), after.DueDate);
        Assert.Equal(1, after.RevisionCount);
        var revision = Assert.Single(after.DateRevisions);
        Assert.Equal(before.DueDate, revision.PreviousDueDate);
        Assert.Equal("Demo Met Governance Officer", revision.ApprovedByName);
        Assert.Equal("Demo Met Governance Officer", revision.RequestedByName);
        Assert.Equal(revision.ApprovedByUserId, revision.RequestedByUserId);
        Assert.Null(revision.ApprovedByText);
        Assert.Equal(RagStatus.Amber, after.Rag);
        var (_, page) = await governance.GetPageAsync($"/improvement/actions/{before.Id}");
        Assert.Contains("Supplier re-procurement", page.QuerySelector("#ledger + table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closure_OwnerReportsThenGovernanceVerifies_ClosesWithTwoKeys()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await ActionAsync(OrganisationCodes.Met, "IA9-03");

        var (reported, reportedPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/report-complete",
            [new("Input.Narrative", "Public involvement plan launched."), new("Input.Evidence", "Engagement Board minutes, 3 March 2026")]);
        AssertRedirect(reported, reportedPage);
        Assert.Equal(ActionStatus.ReportedComplete, (await ActionAsync(OrganisationCodes.Met, "IA9-03")).Status);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (verified, verifiedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/review", [], handler: "Accept");
        AssertRedirect(verified, verifiedPage);

        var closed = await ActionAsync(OrganisationCodes.Met, "IA9-03");
        Assert.Equal(ActionStatus.VerifiedComplete, closed.Status);
        Assert.Equal(RagStatus.Green, closed.Rag);
        Assert.NotNull(closed.CompletedOn);
    }

    [Fact]
    public async Task Closure_ReporterTriesToVerifyOwnReport_IsForbidden()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var action = await ActionAsync(OrganisationCodes.Met, "IA4-03");
        var (reported, reportedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/report-complete",
            [new("Input.Narrative", "Done."), new("Input.Evidence", "Decision log")]);
        AssertRedirect(reported, reportedPage);

        var (verified, _) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/review", [], handler: "Accept");

        Assert.Equal(HttpStatusCode.Forbidden, verified.StatusCode);
        Assert.Equal(ActionStatus.ReportedComplete, (await ActionAsync(OrganisationCodes.Met, "IA4-03")).Status);
    }

    [Fact]
    public async Task Update_TwoTabsOnTheSameVersion_SecondIsAConflict()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var action = await ActionAsync(OrganisationCodes.Met, "IA2-04");
        var (_, form) = await lead.GetPageAsync($"/improvement/actions/{action.Id}/update");
        var version = form.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;

        var (first, firstPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "First tab"), new("Input.Assessment", "OnTrack"), new("Input.Version", version)]);
        var (second, secondPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "Second tab"), new("Input.Assessment", "OnTrack"), new("Input.Version", version)]);

        AssertRedirect(first, firstPage);
        Assert.True(second.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, $"Got {(int)second.StatusCode}");
        Assert.Equal("Second tab", secondPage.QuerySelector<IHtmlTextAreaElement>("#Input_Narrative")?.Value);
        Assert.Single((await ActionAsync(OrganisationCodes.Met, "IA2-04")).Updates);
    }

    [Fact]
    public async Task OverrideRag_WithoutRationale_IsRefusedAndWithOneIsMarked()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var action = await ActionAsync(OrganisationCodes.Met, "IA5-03");

        var (refused, refusedPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/rag", [new("Input.Rag", "Amber")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Give the reason for overriding the calculated RAG", refusedPage.ErrorSummary());

        var (set, setPage) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/rag", [new("Input.Rag", "Amber"), new("Input.Rationale", "New supplier in place; risk contained")]);
        AssertRedirect(set, setPage);
        var after = await ActionAsync(OrganisationCodes.Met, "IA5-03");
        Assert.Equal(RagStatus.Amber, after.Rag);
        Assert.Equal(RagStatus.Red, after.CalculatedRag);
        var (_, register) = await governance.GetPageAsync("/improvement/register?q=IA5-03");
        Assert.Contains("(override)", register.QuerySelector("main .app-action-table")!.TextContent, StringComparison.Ordinal);
    }

}

[CollectionDefinition(Name)]
public sealed class SqliteImprovementCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (improvement workflow)";
}

[CollectionDefinition(Name)]
public sealed class PostgresImprovementCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (improvement workflow)";
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteImprovementWorkflowTests(SqlitePortal portal) : ImprovementWorkflowTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresImprovementWorkflowTests(PostgresPortal portal) : ImprovementWorkflowTests(portal);

/// <summary>Carry-forward closes a seeded plan, so it runs on a database of its own.</summary>
public abstract class CarryForwardTests(PortalFactory portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task CarryForward_IntoNewPlan_MovesOpenActionsWithLineageAndHistory()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.WithDbAsync(db => db.ImprovementPlans.AsNoTracking().SingleAsync(p => p.Organisation!.Code == OrganisationCodes.Mopac && p.FirstYear == new ReportingYear(2018)));
        var g8 = await ActionAsync(OrganisationCodes.Mopac, "G8");
        var (preview, previewPage) = await governance.GetPageAsync($"/improvement/plans/{plan.Id}/carry-forward");
        Assert.True(preview.StatusCode == HttpStatusCode.OK, $"{(int)preview.StatusCode}: {previewPage.QuerySelector("main")?.TextContent}");
        Assert.Contains("7 open actions to carry forward", previewPage.QuerySelector("main caption")!.TextContent, StringComparison.Ordinal);

        var (response, document) = await governance.SubmitFormAsync($"/improvement/plans/{plan.Id}/carry-forward",
            [new("Input.TargetPlanId", "0"), new("Input.NewPlanTitle", "Governance Improvement Plan 2019/20"), new("Input.NewPlanFirstYear", "2019/20"), new("Input.NewPlanLastYear", "2019/20")]);
        AssertRedirect(response, document);
        Assert.Equal("/improvement/mopac/2019-20", response.Headers.Location?.OriginalString);

        var (old, carried) = await portal.WithDbAsync(async db =>
        {
            var oldPlan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Areas).ThenInclude(a => a.Actions).SingleAsync(p => p.Id == plan.Id);
            var newActions = await db.ImprovementActions.AsNoTracking().Where(a => a.Area!.Plan!.PreviousPlanId == plan.Id).ToListAsync();
            return (oldPlan, newActions);
        });
        Assert.Equal(PlanStatus.Closed, old.Status);
        var oldActions = old.Areas.SelectMany(a => a.Actions).ToList();
        Assert.Equal(7, oldActions.Count(a => a.Status == ActionStatus.CarriedForward));
        Assert.Equal(7, oldActions.Count(a => a.Status == ActionStatus.VerifiedComplete));
        Assert.Equal(7, carried.Count);
        var newG8 = Assert.Single(carried, a => a.Code == "G8");
        Assert.Equal(g8.Id, newG8.CarriedForwardFromId);
        Assert.Equal(g8.DueDate, newG8.DueDate);

        var (_, page) = await governance.GetPageAsync($"/improvement/actions/{newG8.Id}");
        Assert.Contains("Carried forward from", page.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("on G8 in Governance Improvement Plan 2018/19", page.QuerySelector("#ledger + table")!.TextContent, StringComparison.Ordinal);
        var (_, oldPlanPage) = await governance.GetPageAsync("/improvement/mopac/2018-19");
        Assert.Contains("This plan is closed: its 7 open actions were carried forward into Governance Improvement Plan 2019/20.", System.Text.RegularExpressions.Regex.Replace(oldPlanPage.QuerySelector("main .app-plan-closed")!.TextContent, @"\s+", " "), StringComparison.Ordinal);
        var g8Row = oldPlanPage.QuerySelectorAll("main .app-action-table tbody tr").Single(r => r.QuerySelector("td a strong")!.TextContent == "G8");
        Assert.Contains("Carried forward", g8Row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(g8Row.QuerySelector($"a[href='/improvement/actions/{newG8.Id}']"));
        var (_, closedPage) = await governance.GetPageAsync($"/improvement/plans/{plan.Id}/carry-forward");
        Assert.Null(closedPage.QuerySelector("main form"));
        Assert.Contains("already been carried forward", closedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCarryForwardCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (carry-forward)";
}

[CollectionDefinition(Name)]
public sealed class PostgresCarryForwardCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (carry-forward)";
}

[Collection(SqliteCarryForwardCollection.Name)]
public sealed class SqliteCarryForwardTests(SqlitePortal portal) : CarryForwardTests(portal);

[Collection(PostgresCarryForwardCollection.Name)]
public sealed class PostgresCarryForwardTests(PostgresPortal portal) : CarryForwardTests(portal);

/// <summary>Changing the RAG rule rates every action again, so it runs on a database of its own.</summary>
public abstract class RagSettingsTests(PortalFactory portal)
{
    [Fact]
    public async Task Settings_AmberWhenRevisedTurnedOff_RevisedActionsWithoutDatesAreNotRated()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, document) = await governance.SubmitFormAsync("/improvement/mopac/settings",
            [new("Input.AmberWhenRevised", ""), new("Input.AmberWhenAtRisk", "true"), new("Input.AmberWithinDaysOfDue", "0"), new("Input.RedAfterDaysOverdue", "0"), new("Input.UpdateWindowDays", "45")]);

        ImprovementTestData.AssertRedirect(response, document);
        var actions = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().Where(a => a.Area!.Plan!.Organisation!.Code == OrganisationCodes.Mopac).ToListAsync());
        Assert.Equal(6, actions.Count(a => a.Rag is null));
        Assert.Equal(0, actions.Count(a => a.Rag == RagStatus.Amber));
        var (_, register) = await governance.GetPageAsync("/improvement/register?org=MOPAC");
        Assert.DoesNotContain("revised", register.QuerySelector("main .app-rag-key")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(45, await portal.WithDbAsync(db => db.Organisations.Where(o => o.Code == OrganisationCodes.Mopac).Select(o => o.UpdateWindowDays).SingleAsync()));
    }

    [Fact]
    public async Task Settings_NegativeDays_ReshowsFormWithError()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await governance.SubmitFormAsync("/improvement/mps/settings",
            [new("Input.AmberWhenRevised", "true"), new("Input.AmberWithinDaysOfDue", "-3"), new("Input.RedAfterDaysOverdue", "0"), new("Input.UpdateWindowDays", "30")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Enter a number of days from 0 to {RagRule.MaxDays}", document.ErrorSummary());
        Assert.Equal("-3", document.QuerySelector<IHtmlInputElement>("#Input_AmberWithinDaysOfDue")?.Value);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteRagSettingsCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (RAG settings)";
}

[CollectionDefinition(Name)]
public sealed class PostgresRagSettingsCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (RAG settings)";
}

[Collection(SqliteRagSettingsCollection.Name)]
public sealed class SqliteRagSettingsTests(SqlitePortal portal) : RagSettingsTests(portal);

[Collection(PostgresRagSettingsCollection.Name)]
public sealed class PostgresRagSettingsTests(PostgresPortal portal) : RagSettingsTests(portal);
