using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Glossary;

/// <summary>The Papers/Glossary/Edit page (/papers/glossary/{org}/{id}/edit).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_Definition_IsSaved()
    {
        var id = await portal.AddGlossaryEntryAsync("MPS", ReferenceTestData.NewAcronym(), "Before");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/glossary/mps/{id}/edit", [new("Input.Definition", "After")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("After", await portal.WithDbAsync(db => db.GlossaryEntries.Where(g => g.Id == id).Select(g => g.Definition).SingleAsync()));
        var (_, edit) = await client.GetPageAsync($"/papers/glossary/mps/{id}/edit");
        var (history, historyPage) = await client.GetPageAsync(edit.QuerySelector("main a[href^='/history/']")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Contains("After", historyPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ToAnotherEntrysAcronym_IsRefused()
    {
        var other = ReferenceTestData.NewAcronym();
        await portal.AddGlossaryEntryAsync("MPS", other, "Other");
        var id = await portal.AddGlossaryEntryAsync("MPS", ReferenceTestData.NewAcronym(), "Mine");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/glossary/mps/{id}/edit", [new("Input.Acronym", other)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{other} is already in the glossary: change its definition there instead", page.FieldError("Input_Acronym"));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var id = await portal.AddGlossaryEntryAsync("MPS", ReferenceTestData.NewAcronym(), "Original");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/papers/glossary/mps/{id}/edit");
        await portal.WithDbAsync(async db =>
        {
            (await db.GlossaryEntries.SingleAsync(g => g.Id == id)).Definition = "Colleague's";
            return await db.SaveChangesAsync();
        });

        var (response, page) = await form.SubmitAsync([new("Input.Definition", "Mine")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this acronym", Assert.Single(page.ErrorSummary()), StringComparison.Ordinal);
        Assert.Contains("Colleague's", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mine", page.QuerySelector<IHtmlInputElement>("#Input_Definition")!.Value);
    }

    [Fact]
    public async Task Delete_AfterConfirmation_RemovesTheAcronym()
    {
        var acronym = ReferenceTestData.NewAcronym();
        var id = await portal.AddGlossaryEntryAsync("MPS", acronym, "Going");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, confirm) = await client.GetPageAsync($"/papers/glossary/mps/{id}/edit?confirm=delete");
        Assert.Contains($"Delete {acronym} from the glossary?", confirm.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var (response, _) = await client.SubmitFormAsync($"/papers/glossary/mps/{id}/edit?confirm=delete", [], handler: "Delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.GlossaryEntries.AnyAsync(g => g.Id == id)));
    }

    [Fact]
    public async Task Edit_OtherOrganisationsEntry_IsForbiddenOrNotFound()
    {
        var id = await portal.AddGlossaryEntryAsync("MPS", ReferenceTestData.NewAcronym(), "The Met's");
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        Assert.Equal(HttpStatusCode.Forbidden, (await mopac.GetAsync(new Uri($"/papers/glossary/mps/{id}/edit", UriKind.Relative))).StatusCode);
        // Through MOPAC's own address the Met's entry does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await mopac.GetAsync(new Uri($"/papers/glossary/mopac/{id}/edit", UriKind.Relative))).StatusCode);
        var form = await met.GetFormAsync($"/papers/glossary/mps/{id}/edit?confirm=delete", "Delete");
        var (post, _) = await form.SubmitAsync([], asClient: mopac);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.GlossaryEntries.AnyAsync(g => g.Id == id)));
    }
}
