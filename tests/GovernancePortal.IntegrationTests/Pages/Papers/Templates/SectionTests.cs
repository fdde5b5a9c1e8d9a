using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Templates;

/// <summary>The Papers/Templates/Section page (/papers/templates/{org}/{kind}/section/{id?}), on MOPAC's templates (made if missing).</summary>
[Collection(SqlitePaperTemplatesCollection.Name)]
public sealed class SectionTests(SqlitePortal portal)
{
    private static string NewHeading() => $"Test section {Guid.NewGuid():N}"[..26];

    private static string NewCode() => "Z" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<TemplateSection?> SectionAsync(int templateId, string heading) =>
        portal.WithDbAsync(db => db.TemplateSections.AsNoTracking().SingleOrDefaultAsync(s => s.TemplateId == templateId && s.Heading == heading));

    [Fact]
    public async Task Add_AgsSection_SavesContentElementsNumberingAndDefaultText()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.AnnualGovernanceStatement);
        var (heading, code) = (NewHeading(), NewCode());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        const string url = "/papers/templates/mopac/AnnualGovernanceStatement/section";
        var (_, page) = await client.GetPageAsync(url);
        Assert.Equal(Enum.GetValues<SectionContent>().Length, page.QuerySelectorAll("input[name='Input.Content']").Length);
        Assert.Contains("The internal audit opinion for the year", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await client.SubmitFormAsync(url,
        [
            new("Input.Code", code),
            new("Input.Heading", heading),
            new("Input.Content", "AuditOpinion"),
            new("Input.Elements", "OpinionOnAssurance"),
            new("Input.Elements", "ActionPlan"),
            new("Input.NumberParagraphs", "True"),
            new("Input.DefaultText", "The opinion follows."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await SectionAsync(template, heading);
        Assert.NotNull(saved);
        Assert.Equal((code, SectionContent.AuditOpinion, CipfaElement.OpinionOnAssurance | CipfaElement.ActionPlan, true, "The opinion follows."),
            (saved.Code, saved.Content, saved.Elements, saved.NumberParagraphs, saved.DefaultText));
    }

    [Fact]
    public async Task Change_CoverReportSection_OffersNoCipfaElements()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var heading = NewHeading();
        var id = await portal.AddTemplateSectionAsync(template, heading);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var url = $"/papers/templates/mopac/CoverReport/section/{id}";
        var (_, page) = await client.GetPageAsync(url);
        Assert.Empty(page.QuerySelectorAll("input[name='Input.Elements']"));
        Assert.Equal(heading, page.QuerySelector<IHtmlInputElement>("#Input_Heading")!.Value);

        var (response, _) = await client.SubmitFormAsync(url, [new("Input.Heading", heading + " changed"), new("Input.Content", "Appendices")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SectionContent.Appendices, (await SectionAsync(template, heading + " changed"))!.Content);
    }

    [Fact]
    public async Task Add_DuplicateCodeOrNoHeading_IsRefusedWithClearMessages()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var code = NewCode();
        await portal.AddTemplateSectionAsync(template, NewHeading(), code);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        const string url = "/papers/templates/mopac/CoverReport/section";
        var heading = NewHeading();

        var (duplicate, page) = await client.SubmitFormAsync(url, [new("Input.Code", code.ToLowerInvariant()), new("Input.Heading", heading)]);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal($"Another section of this template is already numbered {code.ToLowerInvariant()}", page.FieldError("Input_Code"));
        Assert.Equal(heading, page.QuerySelector<IHtmlInputElement>("#Input_Heading")!.Value);
        Assert.Null(await SectionAsync(template, heading));

        var (empty, emptyPage) = await client.SubmitFormAsync(url, [new("Input.Heading", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter the section's heading", emptyPage.FieldError("Input_Heading"));
    }

    [Fact]
    public async Task Change_TemplateChangedSinceOpened_IsAConflictKeepingInput()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var heading = NewHeading();
        var id = await portal.AddTemplateSectionAsync(template, heading);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var form = await client.GetFormAsync($"/papers/templates/mopac/CoverReport/section/{id}");
        using var colleague = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var (added, _) = await colleague.SubmitFormAsync("/papers/templates/mopac/CoverReport/section", [new("Input.Heading", NewHeading())]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var (response, page) = await form.SubmitAsync([new("Input.Heading", "My heading")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("My heading", page.QuerySelector<IHtmlInputElement>("#Input_Heading")!.Value);
        Assert.NotNull(await SectionAsync(template, heading));
    }

    [Fact]
    public async Task Section_OtherOrganisationOrLead_IsForbidden()
    {
        var template = await portal.EnsureTemplateAsync("MOPAC", PaperKind.CoverReport);
        var id = await portal.AddTemplateSectionAsync(template, NewHeading());
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        Assert.Equal(HttpStatusCode.Forbidden, (await met.GetAsync(new Uri($"/papers/templates/mopac/CoverReport/section/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri("/papers/templates/mps/CoverReport/section", UriKind.Relative))).StatusCode);
        var form = await mopac.GetFormAsync($"/papers/templates/mopac/CoverReport/section/{id}");
        var (post, _) = await form.SubmitAsync([new("Input.Heading", "Hijacked")], asClient: met);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}
