using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/DocumentControl page (/papers/{id}/document-control).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class DocumentControlTests(SqlitePortal portal)
{
    [Fact]
    public async Task DocumentControl_ChangeAndAddRows_SavesInOrder()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/document-control",
            [new("Input.Rows[0].Value", "Not Protectively Marked"), new("Input.Rows[2].Label", "Publication scheme"), new("Input.Rows[2].Value", "Yes")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal(
            [("Protective marking", "Not Protectively Marked"), ("Authors", "Governance team"), ("Publication scheme", "Yes")],
            saved.ControlEntries.OrderBy(e => e.SortOrder).Select(e => (e.Label, e.Value)));
    }

    [Fact]
    public async Task DocumentControl_ValueWithoutLabel_AsksForTheLabel()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/document-control", [new("Input.Rows[3].Value", "Orphan value")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the label of this value, or clear the value", page.FieldError("Input_Rows_3__Label"));
    }
}
