using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Sections;

/// <summary>The Papers/Sections/Edit page (/papers/{id}/sections/{sectionId}).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_TextAndElements_SavedAsTheNextVersion()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}",
        [
            new("Input.Heading", "Scope of our responsibilities"),
            new("Input.Text", "We are responsible.\n\n- For governance\n- For control"),
            new("Input.Elements", nameof(CipfaElement.AcknowledgementOfResponsibility)),
            new("Input.Elements", nameof(CipfaElement.ConclusionAndCommitment)),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        var section = saved.Sections.Single(s => s.Id == paper.TextSectionId);
        Assert.Equal("Scope of our responsibilities", section.Heading);
        Assert.Equal("We are responsible.\n\n- For governance\n- For control", section.Text);
        Assert.Equal(CipfaElement.AcknowledgementOfResponsibility | CipfaElement.ConclusionAndCommitment, section.Elements);
        Assert.Equal("Edited A. Scope of our responsibilities", saved.Versions.Single(v => v.Number == 2).Change);
    }

    [Fact]
    public async Task Edit_GeneratedSection_SaysWhatFollowsAndWhereToChangeIt()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/papers/{paper.Id}/sections/{paper.SectionIds[3]}");

        Assert.Contains("Declaration and signatures", page.QuerySelector("#generated-content")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"main a[href='/papers/{paper.Id}/signatories']"));
    }

    [Fact]
    public async Task Edit_CodeOfGovernance_OffersNoCipfaElements()
    {
        var paper = await portal.BuildPaperAsync(kind: PaperKind.CodeOfGovernance);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var form = await client.GetFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}");

        Assert.DoesNotContain("Input.Elements", form.FieldNames);
    }

    [Fact]
    public async Task Edit_EmptyHeading_ShowsTheMessageKeepingTheText()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}", [new("Input.Heading", ""), new("Input.Text", "Kept text")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the section's heading", page.FieldError("Input_Heading"));
        Assert.Equal("Kept text", page.QuerySelector<IHtmlTextAreaElement>("#Input_Text")?.Value);
    }

    [Fact]
    public async Task Edit_PublishedPaper_IsRefused()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}", [new("Input.Text", "Changed after publication")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This paper is published and never changes again", page.ErrorSummary()[0]);
    }
}

/// <summary>Two people saving the same section: the second is a conflict that keeps what they typed (both engines).</summary>
public abstract class SectionEditConflictTests(PortalFactory portal)
{
    [Fact]
    public async Task Edit_SomeoneElseSavedTheSectionFirst_IsAConflict()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var first = await client.GetFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}");
        var second = await client.GetFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}");

        await first.SubmitAsync([new("Input.Text", "First text")]);
        var (conflict, page) = await second.SubmitAsync([new("Input.Text", "Second text")]);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Second text", page.QuerySelector<IHtmlTextAreaElement>("#Input_Text")?.Value);
        Assert.Equal("First text", (await portal.PaperAsync(paper.Id)).Sections.Single(s => s.Id == paper.TextSectionId).Text);
    }
}

[Collection(SqlitePapersCollection.Name)]
public sealed class SqliteSectionEditConflictTests(SqlitePortal portal) : SectionEditConflictTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSectionEditConflictTests(PostgresPortal portal) : SectionEditConflictTests(portal);
