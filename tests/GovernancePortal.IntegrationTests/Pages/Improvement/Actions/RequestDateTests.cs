using System.Net;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>An owner asks for a new due date; the governance team approves or refuses it.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class RequestDateTests(SqlitePortal portal)
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
    public async Task RequestDate_LeadAsksAndGovernanceApproves_LedgerShowsAskerAndApproverAndRagIsRecalculated()
    {
        var before = await ActionAsync(portal, "IA9-01");
        Assert.Equal(RagStatus.Red, before.Rag);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (_, details) = await lead.GetPageAsync($"/improvement/actions/{before.Id}");
        Assert.NotNull(details.QuerySelector($"main a[href='/improvement/actions/{before.Id}/request-date']"));

        var (asked, askedPage) = await AskAsync(lead, before.Id, "The new system goes live in September 2027.");
        ImprovementTestData.AssertRedirect(asked, askedPage);
        var pending = await ActionAsync(portal, "IA9-01");
        Assert.Equal(before.DueDate, pending.DueDate);
        Assert.True(Assert.Single(pending.DateRequests).IsPending);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, queue) = await governance.GetPageAsync("/improvement/reviews");
        Assert.NotNull(queue.QuerySelector($"main table.app-date-requests a[href='/improvement/actions/{before.Id}/date-request']"));
        var (approved, approvedPage) = await governance.SubmitFormAsync($"/improvement/actions/{before.Id}/date-request", [new("Input.Comment", "Agreed")], handler: "Approve");
        ImprovementTestData.AssertRedirect(approved, approvedPage);

        var after = await ActionAsync(portal, "IA9-01");
        Assert.Equal(new DateOnly(2027, 9, 30), after.DueDate);
        Assert.Equal(before.OriginalDueDate, after.OriginalDueDate);
        Assert.Equal(RagStatus.Amber, after.Rag);
        var revision = Assert.Single(after.DateRevisions);
        Assert.Equal("Demo Senior Lead", revision.RequestedByName);
        Assert.Equal("Demo Met Governance Officer", revision.ApprovedByName);
        Assert.NotNull(revision.RequestedByUserId);
        Assert.NotNull(revision.ApprovedByUserId);
        Assert.NotEqual(revision.RequestedByUserId, revision.ApprovedByUserId);
        Assert.Equal(DueDateRequestDecision.Approved, Assert.Single(after.DateRequests).Decision);
        var (_, page) = await lead.GetPageAsync($"/improvement/actions/{before.Id}");
        var ledger = page.QuerySelector("#ledger + table tbody tr")!.TextContent;
        Assert.Contains("Demo Senior Lead", ledger, StringComparison.Ordinal);
        Assert.Contains("Demo Met Governance Officer", ledger, StringComparison.Ordinal);
        Assert.Contains("The new system goes live in September 2027.", ledger, StringComparison.Ordinal);
        var (_, history) = await governance.GetPageAsync($"/history/improvement-action/{before.Id}");
        Assert.Contains("Request for a new due date", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestDate_GovernanceRefusesWithComment_DueDateUnchanged()
    {
        var before = await ActionAsync(portal, "IA9-02");
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (asked, askedPage) = await AskAsync(lead, before.Id, "Resources moved to operations.");
        ImprovementTestData.AssertRedirect(asked, askedPage);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (withoutComment, withoutCommentPage) = await governance.SubmitFormAsync($"/improvement/actions/{before.Id}/date-request", [], handler: "Refuse");
        var (refused, refusedPage) = await governance.SubmitFormAsync($"/improvement/actions/{before.Id}/date-request", [new("Input.Comment", "Deliver phase one by the current date.")], handler: "Refuse");

        Assert.Equal(HttpStatusCode.BadRequest, withoutComment.StatusCode);
        Assert.Contains("Say why the new date is refused, so the owner knows", withoutCommentPage.ErrorSummary());
        ImprovementTestData.AssertRedirect(refused, refusedPage);
        var after = await ActionAsync(portal, "IA9-02");
        Assert.Equal(before.DueDate, after.DueDate);
        Assert.Empty(after.DateRevisions);
        var request = Assert.Single(after.DateRequests);
        Assert.Equal(DueDateRequestDecision.Refused, request.Decision);
        var (_, page) = await lead.GetPageAsync($"/improvement/actions/{before.Id}");
        Assert.Contains("Deliver phase one by the current date.", page.QuerySelector("main .app-date-requests")!.TextContent, StringComparison.Ordinal);
    }
}
