using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

public static class ImprovementTestData
{
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static int areas;

    /// <summary>
    /// A new open action of its own, so a test changes rows no other test reads: area T{n} of the organisation's test
    /// plan (2090/91, created on first use), owned by the person linked to <paramref name="ownerEmail"/>'s account
    /// (or no one), due on <paramref name="due"/> and rated with the organisation's rule.
    /// </summary>
    public static async Task<ImprovementAction> NewActionAsync(this PortalFactory portal, string organisation, string? ownerEmail = null, DateOnly? due = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await Creating.WaitAsync();
        try
        {
            var n = Interlocked.Increment(ref areas);
            var id = await portal.WithDbAsync(async db =>
            {
                var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
                var plan = await db.ImprovementPlans.SingleOrDefaultAsync(p => p.OrganisationId == org.Id && p.Title == "Test actions 2090/91");
                if (plan is null)
                {
                    plan = new ImprovementPlan { Organisation = org, Title = "Test actions 2090/91", FirstYear = new ReportingYear(2090), LastYear = new ReportingYear(2090) };
                    db.ImprovementPlans.Add(plan);
                }

                var owner = ownerEmail is null
                    ? null
                    : await db.People.Where(p => p.OrganisationId == org.Id && db.Users.Any(u => u.Id == p.UserId && u.Email == ownerEmail)).FirstAsync();
                var sequence = plan.Id == 0 ? 1 : await db.ImprovementAreas.Where(a => a.PlanId == plan.Id).Select(a => (int?)a.Sequence).MaxAsync() + 1 ?? 1;
                var area = new ImprovementArea { Plan = plan, Code = $"T{n}", Sequence = sequence, Title = $"Test area {n}" };
                plan.Areas.Add(area);
                var action = new ImprovementAction
                {
                    Area = area,
                    Code = $"T{n}-01",
                    Description = $"Test action {n}",
                    Owner = owner,
                    OriginalDueDate = due,
                    DueDate = due,
                    Status = ActionStatus.InProgress,
                };
                action.RateAgain(new DateOnly(2026, 12, 1));
                area.Actions.Add(action);
                await db.SaveChangesAsync();
                return action.Id;
            });
            return await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().Include(a => a.Updates).Include(a => a.DateRevisions).Include(a => a.Area).SingleAsync(a => a.Id == id));
        }
        finally
        {
            Creating.Release();
        }
    }

    /// <summary>An action as it is saved now, with its updates and ledger.</summary>
    public static Task<ImprovementAction> ReloadAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().Include(a => a.Updates).Include(a => a.DateRevisions).SingleAsync(a => a.Id == id));

    /// <summary>The action with this code in the organisation's active plan (the newest, after carry-forward), with its updates and ledger.</summary>
    public static Task<ImprovementAction> ActiveActionAsync(this PortalFactory portal, string organisation, string code) =>
        portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking()
            .Include(a => a.Updates).Include(a => a.DateRevisions)
            .Where(a => a.Area!.Plan!.Organisation!.Code == organisation && a.Area.Plan.Status == PlanStatus.Active && a.Code == code)
            .OrderByDescending(a => a.Id)
            .FirstAsync());

    /// <summary>A form post that should have succeeded (redirected); otherwise the page's error summary explains why not.</summary>
    public static void AssertRedirect(HttpResponseMessage response, IDocument document)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {string.Join("; ", document.ErrorSummary())}");
    }

    /// <summary>How many actions the "many actions" plan has.</summary>
    public const int ManyActions = 120;

    private static readonly SemaphoreSlim CreatingManyActions = new(1, 1);

    /// <summary>A Met plan for 2031/32 with one area of 120 actions, IA1-001 to IA1-120 (created once per portal).</summary>
    public static async Task<(int Plan, int Area)> ManyActionsPlanAsync(this PortalFactory portal)
    {
        await CreatingManyActions.WaitAsync();
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
                for (var i = 1; i <= ManyActions; i++)
                {
                    var action = new ImprovementAction { Code = $"IA1-{i:000}", Description = $"Action number {i}", OriginalDueDate = new DateOnly(2032, 3, 31), DueDate = new DateOnly(2032, 3, 31) };
                    action.RateAgain(new DateOnly(2026, 1, 1));
                    area.Actions.Add(action);
                }

                db.ImprovementPlans.Add(plan);
                await db.SaveChangesAsync();
                return (plan.Id, area.Id);
            });
        }
        finally
        {
            CreatingManyActions.Release();
        }
    }

    /// <summary>The action codes of a plan or register table, in the order shown.</summary>
    public static List<string> ActionCodes(IDocument page) =>
        [.. page.QuerySelectorAll("main .app-action-table tbody tr td:first-child a strong").Select(s => s.TextContent)];
}
