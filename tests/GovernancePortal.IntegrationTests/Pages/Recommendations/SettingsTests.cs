using AngleSharp.Dom;
using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class SettingsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Settings_AddThemeThenArchive_OfferedNoLongerButListed()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var name = $"Theme {Guid.NewGuid():N}"[..20];
        var (page0, settings) = await governance.GetPageAsync("/recommendations/mps/settings");
        var addForm = RenderedForm.AllOn(governance, "/recommendations/mps/settings", settings)
            .First(f => f.Action.Contains("handler=Add", StringComparison.Ordinal) && f.Element.QuerySelector("input[name='Input.Kind']")!.GetAttribute("value") == "Theme");

        var (added, _) = await addForm.SubmitAsync([new("Input.Name", name)]);
        var (_, list) = await governance.GetPageAsync("/recommendations/mps/settings");
        var row = list.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form.app-settings-row").Single(f => f.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Name']")!.Value == name);
        var (archived, _) = await RenderedForm.ForElement(governance, "/recommendations/mps/settings", row, "Archive").SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, page0.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.RecommendationThemes.AnyAsync(t => t.Name == name && t.IsArchived)));
        Assert.True(await portal.WithDbAsync(db => db.RecommendationSources.AnyAsync(s => s.Organisation!.Code == OrganisationCodes.Met && s.Name == "HMICFRS")));
    }
}
