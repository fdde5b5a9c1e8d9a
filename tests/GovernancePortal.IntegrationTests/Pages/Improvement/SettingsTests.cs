using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>The RAG rule and update window (a portal of its own: changing the rule re-rates every action of the organisation, which other tests read).</summary>
[Collection(SqliteRagSettingsCollection.Name)]
public sealed class SettingsTests(SqlitePortal portal)
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
