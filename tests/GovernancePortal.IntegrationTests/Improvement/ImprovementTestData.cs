using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.IntegrationTests.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Improvement;

public static class ImprovementTestData
{
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
}
