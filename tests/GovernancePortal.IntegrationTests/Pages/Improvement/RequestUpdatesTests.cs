using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>Asking owners for updates by a date.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class RequestUpdatesTests(SqlitePortal portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

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
    public async Task RequestUpdates_OwnerWithAnEmailAddress_IsEmailedALinkToEachAction()
    {
        // An open action of its own, owned by a post of its own with an address of its own: no other test's request
        // for an update on the same action (or e-mail to the same owner) can change what this one sees.
        var action = await portal.NewActionAsync(OrganisationCodes.Met, due: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        var address = $"owner-{Guid.NewGuid():N}@example.org";
        var ownerId = await portal.WithDbAsync(async db =>
        {
            var stored = await db.ImprovementActions.AsTracking().SingleAsync(a => a.Id == action.Id);
            var owner = new Domain.People.Person { OrganisationId = await db.Organisations.Where(o => o.Code == OrganisationCodes.Met).Select(o => o.Id).SingleAsync(), JobTitle = $"Owner {address}", Email = address };
            stored.Owner = owner;
            await db.SaveChangesAsync();
            return owner.Id;
        });
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await governance.SubmitFormAsync("/improvement/mps/request-updates",
            [new("Input.By.Day", "30"), new("Input.By.Month", "12"), new("Input.By.Year", "2099")]);
        AssertRedirect(response, document);
        // Asking again for the same date sends nothing more.
        await governance.SubmitFormAsync("/improvement/mps/request-updates", [new("Input.By.Day", "30"), new("Input.By.Month", "12"), new("Input.By.Year", "2099")]);

        var message = Assert.Single(await portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == address).ToListAsync()));
        Assert.Equal("Please send an update on your improvement actions by 30 December 2099", message.Subject);
        Assert.Contains($"{{page:/Improvement/Actions/Details?id={action.Id}}}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(action.Code, message.TextBody, StringComparison.Ordinal);
        Assert.Equal($"Person:{ownerId}", message.RecordKey);
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
}
