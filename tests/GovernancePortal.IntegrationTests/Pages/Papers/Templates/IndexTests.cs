using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Templates;

/// <summary>
/// The Papers/Templates/Index page (/papers/templates/{org}/{kind?}). A template is unique per organisation and kind,
/// so these tests use MOPAC's, made if missing, and add and move sections of their own.
/// </summary>
[Collection(SqlitePaperTemplatesCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    private const string Url = "/papers/templates/mopac/CoverReport";

    private static string NewHeading() => $"Test section {Guid.NewGuid():N}"[..26];

    private Task<List<TemplateSection>> SectionsAsync(int templateId) =>
        portal.WithDbAsync(db => db.TemplateSections.AsNoTracking().Where(s => s.TemplateId == templateId).OrderBy(s => s.SortOrder).ToListAsync());

    private static IHtmlFormElement FormFor(IDocument page, int sectionId, string handler) =>
        page.QuerySelectorAll<IHtmlFormElement>($"main form[action*='handler={handler}']")
            .Single(f => f.QuerySelector<IHtmlInputElement>("input[name='Input.SectionId']")!.Value == sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Index_Template_ListsSectionsInOrderWithWords()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var heading = NewHeading();
        await portal.AddTemplateSectionAsync(template, heading);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, page) = await client.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = page.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent).ToList();
        Assert.Equal((await SectionsAsync(template)).Select(s => s.Code is null ? s.Heading : $"{s.Code} {s.Heading}"), titles);
        Assert.Contains("Changes here affect only papers created afterwards", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Own text only", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveUp_OwnSection_SwapsWithTheOneAbove()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var first = await portal.AddTemplateSectionAsync(template, NewHeading());
        var second = await portal.AddTemplateSectionAsync(template, NewHeading());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var (_, page) = await client.GetPageAsync(Url);

        var (response, _) = await RenderedForm.ForElement(client, Url, FormFor(page, second, "MoveUp"), "MoveUp").SubmitAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ids = (await SectionsAsync(template)).Select(s => s.Id).ToList();
        Assert.True(ids.IndexOf(second) < ids.IndexOf(first));
    }

    [Fact]
    public async Task Move_TemplateChangedSinceOpened_IsAConflict()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        await portal.AddTemplateSectionAsync(template, NewHeading());
        var mine = await portal.AddTemplateSectionAsync(template, NewHeading());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var (_, page) = await client.GetPageAsync(Url);
        var form = RenderedForm.ForElement(client, Url, FormFor(page, mine, "MoveUp"), "MoveUp");
        await portal.WithDbAsync(async db =>
        {
            var changed = await db.PaperTemplates.SingleAsync(t => t.Id == template);
            changed.Version = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });
        var before = (await SectionsAsync(template)).Select(s => s.Id).ToList();

        var (response, conflict) = await form.SubmitAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this template", Assert.Single(conflict.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(before, (await SectionsAsync(template)).Select(s => s.Id));
    }

    [Fact]
    public async Task Remove_AfterConfirmation_RemovesOnlyThatSection()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var heading = NewHeading();
        var mine = await portal.AddTemplateSectionAsync(template, heading);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var count = (await SectionsAsync(template)).Count;

        var (_, confirm) = await client.GetPageAsync($"{Url}?remove={mine}");
        Assert.Contains(heading, confirm.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var (response, _) = await client.SubmitFormAsync($"{Url}?remove={mine}", [], handler: "Remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await SectionsAsync(template);
        Assert.Equal(count - 1, after.Count);
        Assert.DoesNotContain(after, s => s.Id == mine);
    }

    [Fact]
    public async Task Create_KindWithoutTemplate_StartsFromTheDefaultSections()
    {
        // MOPAC's Code of Governance template is made here: drop it first if an earlier test made it.
        await portal.WithDbAsync(async db =>
        {
            await db.PaperTemplates.Where(t => t.Organisation!.Code == "MOPAC" && t.Kind == PaperKind.CodeOfGovernance).ExecuteDeleteAsync();
            return 0;
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        const string url = "/papers/templates/mopac/CodeOfGovernance";
        var (_, empty) = await client.GetPageAsync(url);
        Assert.Contains("has no template for this kind of paper yet", empty.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var form = await client.GetFormAsync(url, "Create");

        var (response, _) = await form.SubmitAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sections = await portal.WithDbAsync(db => db.TemplateSections.AsNoTracking()
            .Where(s => db.PaperTemplates.Any(t => t.Id == s.TemplateId && t.Organisation!.Code == "MOPAC" && t.Kind == PaperKind.CodeOfGovernance))
            .OrderBy(s => s.SortOrder).Select(s => s.Heading).ToListAsync());
        Assert.Equal(Application.Features.Papers.Templates.DefaultTemplates.For(PaperKind.CodeOfGovernance).Select(d => d.Heading), sections);

        // The same button pressed again from the stale page is a conflict, not a second template.
        var (again, _) = await form.SubmitAsync();
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.PaperTemplates.CountAsync(t => t.Organisation!.Code == "MOPAC" && t.Kind == PaperKind.CodeOfGovernance)));
    }

    [Fact]
    public async Task Index_SeniorLeadOrOtherOrganisation_IsForbidden()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri("/papers/templates/mps", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await met.GetAsync(new Uri(Url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await met.GetAsync(new Uri("/papers/templates/mps/NoSuchKind", UriKind.Relative))).StatusCode);
    }
}
