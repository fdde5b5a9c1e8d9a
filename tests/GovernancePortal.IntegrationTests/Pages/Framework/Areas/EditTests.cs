using System.Net;
using AngleSharp.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Areas;

/// <summary>The Areas/Edit page (Edit.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task EditArea_InvalidInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "3");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{area.Id}/edit",
        [
            new("Input.Reference", ""),
            new("Input.Title", "A new title kept after the error"),
            new("Input.Description", area.Description),
            new("Input.PrincipleId", area.PrincipleId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Version", area.Version.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the area's number, like 15 or 4.8"], document.ErrorSummary());
        Assert.Equal("A new title kept after the error", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(area.Title, (await FrameworkTestData.AreaAsync(portal, "MPS", "3")).Title);
    }

    [Fact]
    public async Task EditArea_MopacGovernanceOnMetArea_IsForbidden()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "2");
        using var client = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var response = await client.GetAsync(new Uri($"/framework/mps/areas/{area.Id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>Tests of the Areas/Edit page where the database provider matters (concurrency conflicts, search): run on SQLite and PostgreSQL.</summary>
public abstract class EditProviderTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task EditArea_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "4");
        var staleVersion = area.Version;
        await PortalDb.WithDbAsync(portal, async db =>
        {
            var stored = await db.GovernanceAreas.FindAsync(area.Id);
            stored!.Title = "Performance framework (saved by a colleague)";
            return await db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{area.Id}/edit",
        [
            new("Input.Reference", area.Reference),
            new("Input.Title", "My own title"),
            new("Input.Description", area.Description),
            new("Input.PrincipleId", area.PrincipleId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Version", staleVersion.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Performance framework (saved by a colleague)", document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My own title", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Performance framework (saved by a colleague)", (await FrameworkTestData.AreaAsync(portal, "MPS", "4")).Title);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditProviderTests(SqlitePortal portal) : EditProviderTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditProviderTests(PostgresPortal portal) : EditProviderTests(portal);
