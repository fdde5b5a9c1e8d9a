using System.Net;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Deciding a request for a new due date: never the person who asked, never another organisation.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class DateRequestTests(SqlitePortal portal)
{
    private static async Task<ImprovementAction> ActionAsync(PortalFactory portal, string code) =>
        await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking()
            .Include(a => a.DateRevisions).Include(a => a.DateRequests)
            .Where(a => a.Area!.Plan!.Organisation!.Code == OrganisationCodes.Met && a.Area.Plan.Status == PlanStatus.Active && a.Code == code)
            .OrderByDescending(a => a.Id)
            .FirstAsync());

    private static Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> AskAsync(HttpClient lead, int actionId, string reason) =>
        lead.SubmitFormAsync($"/improvement/actions/{actionId}/request-date",
            [new("Input.NewDueDate.Day", "30"), new("Input.NewDueDate.Month", "9"), new("Input.NewDueDate.Year", "2027"), new("Input.Reason", reason)]);

    [Fact]
    public async Task DecideDate_LeadOnOwnRequestOrOtherOrganisationsGovernance_IsForbiddenAndNothingChanges()
    {
        var before = await ActionAsync(portal, "IA9-05");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (asked, askedPage) = await AskAsync(lead, before.Id, "Waiting for the inspection report.");
        ImprovementTestData.AssertRedirect(asked, askedPage);
        var request = Assert.Single((await ActionAsync(portal, "IA9-05")).DateRequests);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        // The approval form as the Met's governance team sees it, submitted by people who may not decide.
        var approval = await governance.GetFormAsync($"/improvement/actions/{before.Id}/date-request", "Approve");

        var (leadForm, _) = await lead.GetPageAsync($"/improvement/actions/{before.Id}/date-request");
        var (leadPost, _) = await approval.SubmitAsync(asClient: lead);
        var (mopacForm, _) = await mopac.GetPageAsync($"/improvement/actions/{before.Id}/date-request");
        var (mopacPost, _) = await approval.SubmitAsync(asClient: mopac);

        Assert.Equal(HttpStatusCode.Forbidden, leadForm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leadPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mopacForm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mopacPost.StatusCode);
        var after = await ActionAsync(portal, "IA9-05");
        Assert.Equal(before.DueDate, after.DueDate);
        Assert.True(Assert.Single(after.DateRequests).IsPending);
    }
}
