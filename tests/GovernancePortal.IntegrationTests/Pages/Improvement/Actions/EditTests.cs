using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Changing an action, while someone else changes it too (a conflict: on each provider).</summary>
public abstract class EditConflictTests(PortalFactory portal)
{
    [Fact]
    public async Task EditAction_SavedBySomeoneElseMeanwhile_ShowsTheirValuesAndKeepsYours()
    {
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA4-02");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var version = await ActionConflicts.VersionAsync(governance, $"/improvement/actions/{action.Id}/edit");
        await portal.SomeoneElseEditsAsync(action.Id, "Their wording of IA4-02");

        var (response, page) = await governance.SubmitFormAsync($"/improvement/actions/{action.Id}/edit",
            [.. await ActionConflicts.EditFieldsAsync(governance, action.Id), new("Input.Description", "My wording of IA4-02"), new("Input.Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Their wording of IA4-02", ActionConflicts.SavedBySomeoneElse(page), StringComparison.Ordinal);
        Assert.Equal("My wording of IA4-02", page.QuerySelector<IHtmlTextAreaElement>("main form textarea[name$='.Description']")?.Value);
        Assert.NotEqual(version, page.QuerySelector<IHtmlInputElement>("main form input[name='Input.Version']")!.Value);
    }
}

[Collection(SqliteImprovementCollection.Name)]
public sealed class SqliteEditConflictTests(SqlitePortal portal) : EditConflictTests(portal);

[Collection(PostgresImprovementCollection.Name)]
public sealed class PostgresEditConflictTests(PostgresPortal portal) : EditConflictTests(portal);
