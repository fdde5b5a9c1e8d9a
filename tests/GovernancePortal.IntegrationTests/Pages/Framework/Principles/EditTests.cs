using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Principles;

/// <summary>The Principles/Edit page (Edit.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    private Task<Principle> PrincipleAsync(string organisation, string code) =>
        portal.WithDbAsync(db => db.Principles.AsNoTracking().Include(p => p.SubPrinciples)
            .SingleAsync(p => p.Code == code && p.Organisation!.Code == organisation));

    [Fact]
    public async Task Edit_SubPrincipleLinesReorderedAddedRemoved_UpdatesRowsKeepingUnchangedOnes()
    {
        var before = await PrincipleAsync("MOPAC", "B");
        var rows = before.SubPrinciples.OrderBy(s => s.SortOrder).ToList();
        Assert.True(rows.Count >= 2, "MOPAC principle B needs two sub-principles for this test.");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var url = $"/framework/mopac/principles/{before.Id}/edit";
        var (_, page) = await client.GetPageAsync(url);
        Assert.Equal(string.Join("\n", rows.Select(r => r.Title)), page.QuerySelector<IHtmlTextAreaElement>("#Input_SubPrinciples")?.Value);

        // The second line moves to the top, a new line is added, and every other line is removed.
        var lines = $"{rows[1].Title}\n\n  A new sub-principle \u0001<i>typed</i>  \n{rows[0].Title}";
        var (response, _) = await client.SubmitFormAsync(url,
            [new("Input.Title", before.Title + " (revised)"), new("Input.SortOrder", "3"), new("Input.SubPrinciples", lines)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await PrincipleAsync("MOPAC", "B");
        Assert.Equal(before.Title + " (revised)", after.Title);
        Assert.Equal(3, after.SortOrder);
        var saved = after.SubPrinciples.OrderBy(s => s.SortOrder).ToList();
        Assert.Equal([rows[1].Title, "A new sub-principle <i>typed</i>", rows[0].Title], saved.Select(s => s.Title));
        Assert.Equal(rows[1].Id, saved[0].Id);
        Assert.Equal(rows[0].Id, saved[2].Id);

        var (_, list) = await client.GetPageAsync("/framework/mopac/principles");
        Assert.Contains("A new sub-principle <i>typed</i>", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector("main li i"));
    }

    [Fact]
    public async Task Edit_EmptyTitleAndBadPosition_ShowsErrorsAndKeepsInput()
    {
        var principle = await PrincipleAsync("MPS", "C");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/principles/{principle.Id}/edit",
            [new("Input.Title", "   "), new("Input.SortOrder", "first"), new("Input.SubPrinciples", "Kept line")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the principle's title", "Position must be a whole number from 1 to 99"], document.ErrorSummary());
        Assert.Equal("first", document.QuerySelector<IHtmlInputElement>("#Input_SortOrder")?.Value);
        Assert.Equal("Kept line", document.QuerySelector<IHtmlTextAreaElement>("#Input_SubPrinciples")?.Value);
    }

    [Fact]
    public async Task Edit_OtherOrganisationsPrinciple_IsForbidden()
    {
        var principle = await PrincipleAsync("MPS", "E");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri($"/framework/mps/principles/{principle.Id}/edit", UriKind.Relative))).StatusCode);
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(new Uri($"/framework/mps/principles/{principle.Id}/edit", UriKind.Relative))).StatusCode);
    }
}

/// <summary>Tests of the Principles/Edit page where the database provider matters (concurrency conflicts, search): run on SQLite and PostgreSQL.</summary>
public abstract class EditProviderTests(PortalFactory portal)
{
    private Task<Principle> PrincipleAsync(string organisation, string code) =>
        portal.WithDbAsync(db => db.Principles.AsNoTracking().Include(p => p.SubPrinciples)
            .SingleAsync(p => p.Code == code && p.Organisation!.Code == organisation));

    [Fact]
    public async Task Edit_StaleVersion_IsAConflict()
    {
        var principle = await PrincipleAsync("MPS", "D");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/principles/{principle.Id}/edit";

        var (response, document) = await client.SubmitFormAsync(url,
            [new("Input.Title", "Mine"), new("Input.SortOrder", "1"), new("Input.SubPrinciples", "One"), new("Input.Version", Guid.NewGuid().ToString())]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(principle.Title, document.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mine", document.QuerySelector<IHtmlTextAreaElement>("#Input_Title")?.Value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditProviderTests(SqlitePortal portal) : EditProviderTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditProviderTests(PostgresPortal portal) : EditProviderTests(portal);
