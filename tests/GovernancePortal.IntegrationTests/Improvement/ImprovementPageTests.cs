using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Improvement;

/// <summary>What the improvement pages show each role: titles, links a user can follow, requests, closed plans, codes.</summary>
public abstract class ImprovementPageTests(PortalFactory portal)
{
    [Fact]
    public async Task Register_PlainVisit_TitleDoesNotAnnounceAnError()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await panel.GetPageAsync("/improvement/register");
        var (_, filtered) = await panel.GetPageAsync("/improvement/register?org=MPS&rag=Red&overdue=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Improvement action register", document.Title, StringComparison.Ordinal);
        Assert.StartsWith("Improvement action register", filtered.Title, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector(".govuk-error-summary"));
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Lead, false)]
    [InlineData(PortalFactory.Accounts.Panel, false)]
    [InlineData(PortalFactory.Accounts.MetGovernance, true)]
    [InlineData(PortalFactory.Accounts.Auditor, true)]
    public async Task ActionDetails_ChangeHistoryLink_ShownOnlyToThoseWhoMayOpenIt(string account, bool shown)
    {
        using var client = await portal.SignedInAsync(account);
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-05");

        var (_, page) = await client.GetPageAsync($"/improvement/actions/{action.Id}");
        var link = page.QuerySelector($"main a[href='/history/improvement-action/{action.Id}']");
        var (history, _) = await client.GetPageAsync($"/history/improvement-action/{action.Id}");

        Assert.Equal(shown, link is not null);
        Assert.Equal(shown ? HttpStatusCode.OK : HttpStatusCode.Forbidden, history.StatusCode);
    }

    [Fact]
    public async Task MyActions_UpdateRequested_OwnerSeesTheDateItIsDueBy()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (response, document) = await governance.SubmitFormAsync("/improvement/mps/request-updates",
            [new("Input.By.Day", "30"), new("Input.By.Month", "11"), new("Input.By.Year", "2099")]);
        ImprovementTestData.AssertRedirect(response, document);
        var requested = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking()
            .Where(a => a.UpdateRequestedBy == new DateOnly(2099, 11, 30) && a.Owner!.UserId != null && db.Users.Any(u => u.Id == a.Owner.UserId && u.Email == PortalFactory.Accounts.Lead))
            .Select(a => a.Code)
            .ToListAsync());
        Assert.NotEmpty(requested);

        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (_, mine) = await lead.GetPageAsync("/improvement/my-actions");

        foreach (var code in requested)
        {
            var row = mine.QuerySelectorAll("main .app-action-table tbody tr").Single(r => r.QuerySelector("td a strong")!.TextContent == code);
            Assert.Contains("Update requested by 30 November 2099", row.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(OrganisationCodes.Met, "IA4-01", "Red", "since 1 April 2021")]
    [InlineData(OrganisationCodes.Mopac, "A2", "Amber", "since 19 June 2019")]
    public async Task ActionDetails_SeededAction_RatingDatesFromItsDataNotTheDayItWasLoaded(string organisation, string code, string rag, string since)
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var action = await portal.ActiveActionAsync(organisation, code);

        var (_, page) = await panel.GetPageAsync($"/improvement/actions/{action.Id}");

        var card = page.QuerySelector("main .app-rag-card")!.TextContent;
        Assert.Contains(rag, card, StringComparison.Ordinal);
        Assert.Contains(since, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionDetails_SeededCompleteActionWithoutACompletionDate_ClaimsNoStartDay()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var id = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking()
            .Where(a => a.Area!.Plan!.Organisation!.Code == OrganisationCodes.Mopac && a.Status == ActionStatus.VerifiedComplete && a.CompletedOn == null)
            .Select(a => a.Id).FirstAsync());

        var (_, page) = await panel.GetPageAsync($"/improvement/actions/{id}");

        Assert.DoesNotContain("since", page.QuerySelector("main .app-rag-card")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedPlan_WithoutActions_SaysNoneWereRecordedAndWhereItContinues()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await panel.GetPageAsync("/improvement/mps/2017-18");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var closed = page.QuerySelector("main .app-plan-closed")!.TextContent;
        Assert.Contains("This plan is closed. No actions were recorded in it; it continues in", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("carried forward", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("No actions yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main .app-plan-closed a[href='/improvement/mps/2018-21']"));
    }

    [Fact]
    public async Task CreateAction_EmptyCode_TakesTheAreasNextCode()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (plan, area, next) = await portal.WithDbAsync(async db =>
        {
            var ia3 = await db.ImprovementAreas.AsNoTracking().Include(a => a.Actions)
                .SingleAsync(a => a.Code == "IA3" && a.Plan!.Status == PlanStatus.Active && a.Plan.Organisation!.Code == OrganisationCodes.Met);
            return (ia3.PlanId, ia3.Id, ActionCode.Next(ActionCodeScheme.AreaSequence, "IA3", ia3.Actions.Select(a => a.Code)));
        });

        var (response, document) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/actions/create?area={area}",
            [new("Input.AreaId", area.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Code", string.Empty), new("Input.Description", "Publish the partnership register.")]);

        ImprovementTestData.AssertRedirect(response, document);
        var created = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync(a => a.AreaId == area && a.Description == "Publish the partnership register."));
        Assert.Equal(next, created.Code);
        Assert.Equal($"/improvement/actions/{created.Id}", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteImprovementPageTests(SqlitePortal portal) : ImprovementPageTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresImprovementPageTests(PostgresPortal portal) : ImprovementPageTests(portal);

/// <summary>Paging of the register and the plan page, on a plan of 120 actions in a database of its own.</summary>
public abstract class ManyActionsTests(PortalFactory portal)
{
    private const int Rows = 120;
    private static readonly SemaphoreSlim Creating = new(1, 1);

    /// <summary>A Met plan for 2031/32 with one area of 120 actions, IA1-001 to IA1-120 (created once per portal).</summary>
    private async Task<(int Plan, int Area)> PlanAsync()
    {
        await Creating.WaitAsync();
        try
        {
            return await portal.WithDbAsync(async db =>
            {
                var existing = await db.ImprovementAreas.AsNoTracking().Where(a => a.Plan!.Title == "Many actions 2031/32").Select(a => new { a.PlanId, a.Id }).SingleOrDefaultAsync();
                if (existing is not null)
                {
                    return (existing.PlanId, existing.Id);
                }

                var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
                var plan = new ImprovementPlan { Organisation = met, Title = "Many actions 2031/32", FirstYear = new ReportingYear(2031), LastYear = new ReportingYear(2031) };
                var area = new ImprovementArea { Code = "IA1", Sequence = 1, Title = "Many actions" };
                plan.Areas.Add(area);
                for (var i = 1; i <= Rows; i++)
                {
                    var action = new ImprovementAction { Code = $"IA1-{i:000}", Description = $"Action number {i}", OriginalDueDate = new DateOnly(2032, 3, 31), DueDate = new DateOnly(2032, 3, 31) };
                    action.RecalculateRag(new DateOnly(2026, 1, 1));
                    area.Actions.Add(action);
                }

                db.ImprovementPlans.Add(plan);
                await db.SaveChangesAsync();
                return (plan.Id, area.Id);
            });
        }
        finally
        {
            Creating.Release();
        }
    }

    private static List<string> Codes(IDocument page) =>
        [.. page.QuerySelectorAll("main .app-action-table tbody tr td:first-child a strong").Select(s => s.TextContent)];

    [Fact]
    public async Task Register_NextPageLink_ShowsRows51To100WithoutAnError()
    {
        var (plan, _) = await PlanAsync();
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (_, first) = await panel.GetPageAsync($"/improvement/register?plan={plan}");
        var next = first.QuerySelector("main nav.govuk-pagination a[rel=next]")!.GetAttribute("href")!;

        var (response, second) = await panel.GetPageAsync(next);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([.. Enumerable.Range(1, 50).Select(i => $"IA1-{i:000}")], Codes(first));
        Assert.Equal([.. Enumerable.Range(51, 50).Select(i => $"IA1-{i:000}")], Codes(second));
        Assert.Contains("page 2 of 3", second.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", second.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ManyActions_ShowsTheFirstOfEachAreaAndLinksToTheRest()
    {
        var (plan, area) = await PlanAsync();
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await panel.GetPageAsync("/improvement/mps/2031-32");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([.. Enumerable.Range(1, Application.Features.Improvement.Plans.GetPlanQuery.ActionsPerArea).Select(i => $"IA1-{i:000}")], Codes(page));
        var more = page.QuerySelector("main .app-plan-more")!;
        Assert.Contains($"of {Rows} actions of IA1", more.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/improvement/register?plan={plan}&area={area}", more.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"{Rows} actions", page.QuerySelector("main .govuk-body-l")!.TextContent, StringComparison.Ordinal);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteManyActionsCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (many actions)";
}

[CollectionDefinition(Name)]
public sealed class PostgresManyActionsCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (many actions)";
}

[Collection(SqliteManyActionsCollection.Name)]
public sealed class SqliteManyActionsTests(SqlitePortal portal) : ManyActionsTests(portal);

[Collection(PostgresManyActionsCollection.Name)]
public sealed class PostgresManyActionsTests(PostgresPortal portal) : ManyActionsTests(portal);
