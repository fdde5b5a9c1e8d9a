using AngleSharp.Dom;
using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Framework;

public abstract class FrameworkYearTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>The Met's statements for a year (optionally of one area), read-only.</summary>
    private static IQueryable<AreaStatement> Statements(Infrastructure.Data.GovernancePortalDbContext db, int year, string? reference = null) =>
        db.AreaStatements.AsNoTracking().Where(s => s.Year == new ReportingYear(year)
            && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.Organisation!.Code == OrganisationCodes.Met && (reference == null || a.Reference == reference)));

    [Fact]
    public async Task OpenNextYear_MetFrom2016_CopiesCodeTextOnlyAndLeavesLastYearUnchanged()
    {
        var before = await FrameworkTestData.WithDbAsync(portal, db => Statements(db, 2016)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Text, s.Version, s.Kind }).ToListAsync());

        await FrameworkTestData.EnsureMetDraftAsync(portal);

        var (year, copied, after) = await FrameworkTestData.WithDbAsync(portal, async db =>
        {
            var year = await db.FrameworkYears.AsNoTracking().SingleAsync(y => y.Organisation!.Code == OrganisationCodes.Met && y.Year == new ReportingYear(2017));
            var copied = await Statements(db, 2017)
                .Select(s => s.Kind).ToListAsync();
            var after = await Statements(db, 2016)
                .OrderBy(s => s.Id).Select(s => new { s.Id, s.Text, s.Version, s.Kind }).ToListAsync();
            return (year, copied, after);
        });
        Assert.Equal(FrameworkYearStatus.Draft, year.Status);
        Assert.Equal(new ReportingYear(2016), year.RolledForwardFrom);
        Assert.Equal(before.Count(s => s.Kind == StatementKind.KeyControls), copied.Count(k => k == StatementKind.KeyControls));
        Assert.DoesNotContain(StatementKind.ActivityDuringYear, copied);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task DraftYear_OutsideTheOrganisation_IsForbiddenButOwnLeadCanRead()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        foreach (var (email, expected) in new[]
        {
            (PortalFactory.Accounts.MopacGovernance, HttpStatusCode.Forbidden),
            (PortalFactory.Accounts.Panel, HttpStatusCode.Forbidden),
            (PortalFactory.Accounts.Admin, HttpStatusCode.Forbidden),
            (PortalFactory.Accounts.Lead, HttpStatusCode.OK),
            (PortalFactory.Accounts.MetGovernance, HttpStatusCode.OK),
        })
        {
            using var client = await SignedInAsync(email);
            var response = await client.GetAsync(new Uri("/framework/mps/2017-18", UriKind.Relative));
            Assert.True(expected == response.StatusCode, $"{email}: expected {expected}, got {response.StatusCode}");

            // The draft is not listed to those who cannot open it, nor found by their searches.
            var (_, index) = await client.GetPageAsync("/framework");
            Assert.Equal(expected == HttpStatusCode.OK, index.QuerySelector("a[href='/framework/mps/2017-18']") is not null);
        }
    }

    [Fact]
    public async Task EditText_DraftYear_SavesCleanTextAuditsTheChangeAndShowsThatYear()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var statement = await FrameworkTestData.WithDbAsync(portal, db => Statements(db, 2017, "8")
            .OrderBy(s => s.Id).FirstAsync());
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/areas/{statement.GovernanceAreaId}/text/{statement.Id}/edit";

        var (response, _) = await client.SubmitFormAsync(url,
        [
            new("Input.SubTopic", "Budget setting"),
            new("Input.Text", "New **key control**\r\n\r\n- one\r\n- two <script>alert(1)</script>"),
            new("Input.Version", statement.Version.ToString()),
        ]);

        Assert.True(HttpStatusCode.Redirect == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal($"/framework/mps/areas/{statement.GovernanceAreaId}?year=2017-18", response.Headers.Location?.OriginalString);
        var saved = await FrameworkTestData.WithDbAsync(portal, db => db.AreaStatements.AsNoTracking().SingleAsync(s => s.Id == statement.Id));
        Assert.Equal("New **key control**\n\n- one\n- two <script>alert(1)</script>", saved.Text);
        var audit = await FrameworkTestData.WithDbAsync(portal, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(AreaStatement) && a.EntityKey == statement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(PortalFactory.Accounts.MetGovernance, audit.UserName);
        Assert.Contains("Budget setting", audit.Changes, StringComparison.Ordinal);

        var (_, page) = await client.GetPageAsync($"/framework/mps/areas/{statement.GovernanceAreaId}?year=2017-18");
        var block = page.QuerySelectorAll(".app-statement").Single(b => b.TextContent.Contains("Budget setting", StringComparison.Ordinal));
        Assert.Equal("key control", block.QuerySelector("strong")!.TextContent);
        Assert.Equal(2, block.QuerySelectorAll("ul.govuk-list--bullet li").Length);
        Assert.Empty(block.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task EditText_SomeoneElseSavedFirst_ShowsTheirTextAndKeepsMine()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var statement = await FrameworkTestData.WithDbAsync(portal, db => Statements(db, 2017, "9")
            .OrderBy(s => s.Id).FirstAsync());
        await FrameworkTestData.WithDbAsync(portal, async db =>
        {
            var stored = await db.AreaStatements.FindAsync(statement.Id);
            stored!.Text = "Their wording, saved first";
            return await db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{statement.GovernanceAreaId}/text/{statement.Id}/edit",
            [new("Input.Text", "My wording"), new("Input.Version", statement.Version.ToString())]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Their wording, saved first", document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My wording", document.QuerySelector("#Input_Text")!.TextContent.Trim());
    }

    [Fact]
    public async Task EditText_PublishedYear_IsRefused()
    {
        var statement = await FrameworkTestData.WithDbAsync(portal, db => Statements(db, 2016)
            .OrderBy(s => s.Id).FirstAsync());
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/framework/mps/areas/{statement.GovernanceAreaId}/text/{statement.Id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AddText_BadLinkAndEmpty_ShowErrorsAndKeepInput()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "10");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/areas/{area.Id}/text/add?year=2017-18&kind=IntendedActivity";

        var (response, document) = await client.SubmitFormAsync(url, [new("Input.SubTopic", "Complaints"), new("Input.Text", "See [this](javascript:alert(1))")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Links must start with https://", document.FieldError("Input_Text"), StringComparison.Ordinal);
        Assert.Equal("Complaints", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_SubTopic")!.Value);

        (response, _) = await client.SubmitFormAsync(url, [new("Input.SubTopic", "Complaints"), new("Input.Text", "Review the complaints process. See [the guidance](https://www.gov.uk/).")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("https://www.gov.uk/", page.QuerySelector("#kind-IntendedActivity ~ .app-statement a.govuk-link, section[aria-labelledby=kind-IntendedActivity] .app-statement p a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AddText_LongerThanTheLimit_IsRefusedAndKept()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "11");
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var text = string.Concat(Enumerable.Repeat("Stakeholder engagement is reviewed quarterly. ", 2_200));

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{area.Id}/text/add?year=2017-18&kind=ActivityDuringYear",
            [new("Input.Text", text)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Text must be 100,000 characters or fewer", document.FieldError("Input_Text"));
        Assert.Equal(text.Length, document.QuerySelector("#Input_Text")!.TextContent.TrimStart('\n').Length);
    }

    [Fact]
    public async Task GetArea_LeadInDraftYear_OffersProposalsWithTheKindChosen()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var area = await FrameworkTestData.AreaAsync(portal, "MPS", "5");
        using var client = await SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await client.GetPageAsync($"/framework/mps/areas/{area.Id}?year=2017-18");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll($"a[href^='/framework/mps/areas/{area.Id}/propose?statement=']"));
        Assert.Empty(page.QuerySelectorAll("a[href*='/text/']"));
        var proposeNew = page.QuerySelector($"a[href='/framework/mps/areas/{area.Id}/propose?kind=IntendedActivity']");
        Assert.NotNull(proposeNew);

        var (formResponse, form) = await client.GetPageAsync(proposeNew.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
        Assert.NotNull(form.QuerySelector("input[type=radio][value=IntendedActivity][checked]"));
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

    [Fact]
    public async Task YearLifecycle_Mopac_OpenOncePublishThenOpenNext()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var staleTab = await client.GetFormAsync("/framework/mopac/years", "Open");
        var (opened, _) = await client.SubmitFormAsync("/framework/mopac/years", [], "Open");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/framework/mopac/2019-20", opened.Headers.Location!.OriginalString);

        // A second "open" from a tab that still showed 2018/19 as the latest year changes nothing.
        var (again, _) = await staleTab.SubmitAsync();
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("2019/20 has been opened since you loaded this page", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var years = await FrameworkTestData.WithDbAsync(portal, db => db.FrameworkYears.AsNoTracking().Where(y => y.Organisation!.Code == OrganisationCodes.Mopac).ToListAsync());
        var draft = years.Single(y => y.Year == new ReportingYear(2019));
        Assert.Equal(2, years.Count);

        var (published, _) = await client.SubmitFormAsync("/framework/mopac/years", [new("year", "2019-20"), new("version", draft.Version.ToString())], "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var (next, _) = await client.SubmitFormAsync("/framework/mopac/years", [new("latestYear", "2019-20")], "Open");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var commitments = await FrameworkTestData.WithDbAsync(portal, db => db.AreaStatements.AsNoTracking()
            .CountAsync(s => s.Year == new ReportingYear(2020) && s.Kind == StatementKind.Commitment));
        Assert.True(commitments > 10, $"Only {commitments} commitments were carried forward.");
    }
}

[Collection(SqliteYearsCollection.Name)]
public sealed class SqliteFrameworkYearTests(SqlitePortal portal) : FrameworkYearTests(portal);

[Collection(PostgresYearsCollection.Name)]
public sealed class PostgresFrameworkYearTests(PostgresPortal portal) : FrameworkYearTests(portal);
