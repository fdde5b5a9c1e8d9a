using System.Net;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Closing an action that will not be done, with the reason.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class CloseTests(SqlitePortal portal)
{
    [Fact]
    public async Task Close_WithoutReason_IsRefusedAndTheActionStaysOpen()
    {
        var action = await portal.NewActionAsync(OrganisationCodes.Met, due: new DateOnly(2020, 3, 31));
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/close", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give the reason the action is closed without action", page.ErrorSummary());
        Assert.Equal(ActionStatus.InProgress, (await portal.ReloadAsync(action.Id)).Status);
    }

    [Fact]
    public async Task Close_OverdueWithReason_ClosesRatesGreenAndReturnsToTheAction()
    {
        var action = await portal.NewActionAsync(OrganisationCodes.Met, due: new DateOnly(2020, 3, 31));
        Assert.Equal(RagStatus.Red, action.Rag);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/close", [new("Input.Reason", "Superseded by the new strategy")]);

        ImprovementTestData.AssertRedirect(response, page);
        Assert.Equal($"/improvement/actions/{action.Id}", response.Headers.Location?.OriginalString);
        var closed = await portal.ReloadAsync(action.Id);
        Assert.Equal(ActionStatus.ClosedWithoutAction, closed.Status);
        Assert.Equal(RagStatus.Green, closed.Rag);
    }
}
