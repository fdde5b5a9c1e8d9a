using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Areas;

/// <summary>The Areas/Create page (Create.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task CreateArea_NumberAlreadyUsed_ShowsErrorOnNumber()
    {
        var principle = (await FrameworkTestData.AreaAsync(portal, "MPS", "1")).PrincipleId;
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync("/framework/mps/areas/create",
        [
            new("Input.Reference", "1"),
            new("Input.Title", "Duplicate"),
            new("Input.Description", "Covers nothing"),
            new("Input.PrincipleId", principle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Met already has an area numbered 1", document.FieldError("Input_Reference"));
    }

    // Creates an area, so it runs here (its own database) rather than beside tests that count the seeded areas.
    [Fact]
    public async Task CreateArea_HostileInput_IsStoredCleanAndRenderedInert()
    {
        var principle = (await FrameworkTestData.AreaAsync(portal, "MPS", "1")).PrincipleId;
        var reference = "9" + Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync("/framework/mps/areas/create",
        [
            new("Input.Reference", reference),
            new("Input.Title", "<script>alert('x')</script> Risk\u0007 \u202Egnp.exe café 👩🏽‍💼"),
            new("Input.Description", new string('d', 3_000) + "\r\n\r\n\r\n<img src=x onerror=alert(1)>"),
            new("Input.PrincipleId", principle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await FrameworkTestData.AreaAsync(portal, "MPS", reference);
        Assert.Equal("<script>alert('x')</script> Risk gnp.exe café 👩🏽‍💼", saved.Title);
        Assert.DoesNotContain('\r', saved.Description);
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Equal(saved.Title, page.QuerySelector("h1")!.TextContent.Trim());
    }
}
