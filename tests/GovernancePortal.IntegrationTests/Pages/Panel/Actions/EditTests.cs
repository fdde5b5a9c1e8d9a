using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Actions;

/// <summary>The Panel/Actions/Edit page (/panel/actions/{id}/edit).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_RequestAndOwner_Saved()
    {
        var id = await portal.NewActionAsync(await portal.NewMeetingAsync(), "Request before the edit");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/panel/actions/{id}/edit", [new("Input.Request", "Request after the edit"), new("Input.Owner", "Chief Finance Officer")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await portal.WithDbAsync(db => db.PanelActions.SingleAsync(a => a.Id == id));
        Assert.Equal(("Request after the edit", "Chief Finance Officer"), (action.Request, action.Owner));
    }

    [Fact]
    public async Task Edit_OtherOrganisationsAction_IsRefused()
    {
        var id = await portal.NewActionAsync(await portal.NewMeetingAsync(), "A Met action MOPAC cannot change");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, _) = await client.GetPageAsync($"/panel/actions/{id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
