using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Signatories page (/papers/{id}/signatories).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class SignatoriesTests(SqlitePortal portal)
{
    [Fact]
    public async Task Signatories_RemoveOneAddAnother_SavesInOrder()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/signatories",
            [new("Input.Rows[0].Name", ""), new("Input.Rows[0].Role", ""), new("Input.Rows[2].Name", "Test Deputy"), new("Input.Rows[2].Role", "Deputy Commissioner")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal([("Test Director", "Director of Finance"), ("Test Deputy", "Deputy Commissioner")], saved.Signatories.OrderBy(s => s.SortOrder).Select(s => (s.Name, s.Role)));
        Assert.Equal("Changed the signatories", saved.Versions.OrderBy(v => v.Number).Last().Change);
    }

    [Fact]
    public async Task Signatories_RoleWithoutName_AsksForTheName()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/signatories", [new("Input.Rows[2].Role", "Chief Executive")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the name of the person with this role, or clear the role", page.FieldError("Input_Rows_2__Name"));
        Assert.Equal(2, (await portal.PaperAsync(paper.Id)).Signatories.Count);
    }

    [Fact]
    public async Task Signatories_Auditor_IsRefused()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/signatories");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
