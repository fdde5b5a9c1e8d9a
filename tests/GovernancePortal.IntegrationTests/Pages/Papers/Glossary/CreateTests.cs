using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Glossary;

/// <summary>The Papers/Glossary/Create page (/papers/glossary/{org}/create).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_MixedCaseAcronym_IsSavedAsTyped()
    {
        var acronym = "Zq" + ReferenceTestData.NewAcronym()[2..] + "oI";
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync("/papers/glossary/mps/create", [new("Input.Acronym", $" {acronym} "), new("Input.Definition", "Zulu Quebec Act")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.WithDbAsync(db => db.GlossaryEntries.AsNoTracking().SingleAsync(g => g.Acronym == acronym));
        Assert.Equal("Zulu Quebec Act", saved.Definition);
    }

    [Fact]
    public async Task Create_FromMissingList_PrefillsTheAcronym()
    {
        var acronym = ReferenceTestData.NewAcronym();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/papers/glossary/mps/create?acronym={acronym}");

        Assert.Equal(acronym, page.QuerySelector<IHtmlInputElement>("#Input_Acronym")!.Value);
    }

    [Fact]
    public async Task Create_DuplicateInOtherCapitals_IsRefusedWithClearMessage()
    {
        var acronym = ReferenceTestData.NewAcronym();
        await portal.AddGlossaryEntryAsync("MPS", acronym, "First");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/papers/glossary/mps/create", [new("Input.Acronym", acronym.ToLowerInvariant()), new("Input.Definition", "Second")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{acronym} is already in the glossary: change its definition there instead", page.FieldError("Input_Acronym"));
        Assert.Equal("Second", page.QuerySelector<IHtmlInputElement>("#Input_Definition")!.Value);
        Assert.Equal(1, await portal.WithDbAsync(db => db.GlossaryEntries.CountAsync(g => g.Acronym.ToUpper() == acronym)));
    }

    [Fact]
    public async Task Create_EmptyOrSpaced_ShowsAMessagePerField()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (empty, page) = await client.SubmitFormAsync("/papers/glossary/mps/create", [new("Input.Acronym", ""), new("Input.Definition", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter the acronym", page.FieldError("Input_Acronym"));
        Assert.Equal("Enter what the acronym stands for", page.FieldError("Input_Definition"));

        var (spaced, spacedPage) = await client.SubmitFormAsync("/papers/glossary/mps/create", [new("Input.Acronym", "ZQ X"), new("Input.Definition", "Spaced")]);
        Assert.Equal(HttpStatusCode.BadRequest, spaced.StatusCode);
        Assert.Equal("Enter the acronym as one word, without spaces, for example FoIA", spacedPage.FieldError("Input_Acronym"));
    }

    [Fact]
    public async Task Create_LeadOrOtherOrganisation_IsForbidden()
    {
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var acronym = ReferenceTestData.NewAcronym();

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri("/papers/glossary/mps/create", UriKind.Relative))).StatusCode);
        var form = await met.GetFormAsync("/papers/glossary/mps/create");
        var (post, _) = await form.SubmitAsync([new("Input.Acronym", acronym), new("Input.Definition", "Hijack")], asClient: mopac);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.GlossaryEntries.AnyAsync(g => g.Acronym == acronym)));
    }
}
