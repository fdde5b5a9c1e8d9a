using System.Net;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Actions;

/// <summary>The Panel/Actions/Respond page (/panel/actions/{id}/respond).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class RespondTests(SqlitePortal portal)
{
    [Fact]
    public async Task Respond_AndClose_ThenReopen_KeepsTheResponse()
    {
        var id = await portal.NewActionAsync(await portal.NewMeetingAsync(), "An action to respond to");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (closed, _) = await client.SubmitFormAsync($"/panel/actions/{id}/respond", [new("Input.Response", "The review reported in June."), new("Input.Close", "True")]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(PanelActionStatus.Closed, await portal.WithDbAsync(db => db.PanelActions.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var (reopened, _) = await client.SubmitFormAsync($"/panel/actions/{id}/respond", [], handler: "Reopen");

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var action = await portal.WithDbAsync(db => db.PanelActions.SingleAsync(a => a.Id == id));
        Assert.Equal((PanelActionStatus.Open, "The review reported in June."), (action.Status, action.Response));
    }

    [Fact]
    public async Task Respond_WithoutAResponse_AsksForIt()
    {
        var id = await portal.NewActionAsync(await portal.NewMeetingAsync(), "An action left without a response");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/panel/actions/{id}/respond", [new("Input.Close", "True")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the response", page.FieldError("Input_Response"));
    }
}
