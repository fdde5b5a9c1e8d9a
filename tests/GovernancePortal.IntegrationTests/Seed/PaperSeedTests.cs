using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Seed;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernancePortal.IntegrationTests.Seed;

/// <summary>
/// The demo papers, templates, glossary, MOPAC AGS review and audit opinion as seeded from the source Audit Panel papers
/// (Seed/Data/README.md), with the sources' own figures and dates; on SQLite (the seeded template database).
/// </summary>
[Collection(Papers.SqliteSeededPapersCollection.Name)]
public sealed class PaperSeedTests(SqlitePortal portal)
{
    private static Task<Paper> SeededAsync(GovernancePortalDbContext db, string organisation, PaperKind kind) =>
        db.Papers.AsNoTracking()
            .Include(p => p.Sections).Include(p => p.Signatories).Include(p => p.ControlEntries).Include(p => p.Versions)
            .Include(p => p.Appendices).ThenInclude(a => a.AppendedPaper)
            .Where(p => p.Organisation!.Code == organisation && p.Kind == kind && p.Versions.Any(v => v.Number == 1 && v.Change.StartsWith("Seeded from")))
            .OrderBy(p => p.Id)
            .FirstAsync();

    private static string Text(Paper paper, string key) =>
        paper.Sections.Single(s => s.Code == key || (s.Code == null && s.Heading == key)).Text ?? string.Empty;

    [Fact]
    public async Task Seed_Templates_FollowTheSourcePapersSectionBySection()
    {
        var templates = await portal.WithDbAsync(db => db.PaperTemplates.AsNoTracking().Include(t => t.Sections).Include(t => t.Organisation).ToListAsync());

        foreach (var organisation in new[] { OrganisationCodes.Met, OrganisationCodes.Mopac })
        {
            Assert.Equal(Enum.GetValues<PaperKind>().Order(), templates.Where(t => t.Organisation!.Code == organisation).Select(t => t.Kind).Order());
        }

        static IEnumerable<string> Titles(PaperTemplate template) => template.OrderedSections.Select(s => s.Code is null ? s.Heading : $"{s.Code}. {s.Heading}");
        var metAgs = templates.Single(t => t.Organisation!.Code == OrganisationCodes.Met && t.Kind == PaperKind.AnnualGovernanceStatement);
        Assert.Equal(
            ["Introduction", "A. Scope of responsibilities", "B. Met strategy and challenges", "C. The Governance Framework", "D. Review of Met governance",
             "E. Governance issues and actions for 2017/18", "F. Declaration", "Document control", "G. Glossary of terms"],
            Titles(metAgs));
        Assert.DoesNotContain(metAgs.Sections, s => s.Elements.HasFlag(CipfaElement.LastYearIssuesResolved));
        Assert.Equal(SectionContent.AreaReview, metAgs.Sections.Single(s => s.Code == "D").Content);

        var mopacAgs = templates.Single(t => t.Organisation!.Code == OrganisationCodes.Mopac && t.Kind == PaperKind.AnnualGovernanceStatement);
        Assert.Equal(["1", "2", "3", "4", "5", "6", null, "7", "8", null, null, null, null], mopacAgs.OrderedSections.Select(s => s.Code));
        Assert.Equal("Appendix 4 – Independent Panels", mopacAgs.OrderedSections[^1].Heading);
        Assert.True(mopacAgs.Sections.Single(s => s.Code == "4").Elements.HasFlag(CipfaElement.LastYearIssuesResolved));
        Assert.Equal(SectionContent.ImprovementTable, mopacAgs.Sections.Single(s => s.Heading == "Governance Improvement Plan 2019/20").Content);

        var cover = templates.Single(t => t.Organisation!.Code == OrganisationCodes.Met && t.Kind == PaperKind.CoverReport);
        Assert.True(cover.Sections.Single(s => s.Code == "1").NumberParagraphs);
        Assert.Equal(SectionContent.Appendices, cover.Sections.Single(s => s.Code == "7").Content);
    }

    [Fact]
    public async Task Seed_MetPapers_CarryTheSeed000TextDatesAndSignatories()
    {
        var (ags, code, cover, progress) = await portal.WithDbAsync(async db => (
            await SeededAsync(db, OrganisationCodes.Met, PaperKind.AnnualGovernanceStatement),
            await SeededAsync(db, OrganisationCodes.Met, PaperKind.CodeOfGovernance),
            await SeededAsync(db, OrganisationCodes.Met, PaperKind.CoverReport),
            await SeededAsync(db, OrganisationCodes.Met, PaperKind.ProgressReport)));

        Assert.Equal("Annual Governance Statement of the Commissioner of Police of the Metropolis", ags.Title);
        Assert.Equal("Unaudited position as at 31 March 2017 including plans for the financial year 2017/18", ags.Subtitle);
        Assert.Equal(new ReportingYear(2016), ags.Year);
        Assert.Equal([("Craig Mackey", (DateOnly?)null), ("Lynda McMullan", null)], ags.OrderedSignatories.Select(s => (s.Name, s.SignedOn)));
        Assert.Equal(10, ags.ControlEntries.Count);
        Assert.Contains(ags.ControlEntries, e => e.Label == "Date to be signed" && e.Value == "July 2017 (following audit)");
        Assert.StartsWith("The Commissioner of Police of the Metropolis (CPM) is responsible for maintaining the Queen's peace", Text(ags, "A"), StringComparison.Ordinal);
        Assert.StartsWith("The Metropolitan Police Service (Met) conducts an annual review", Text(ags, "Introduction"), StringComparison.Ordinal);
        Assert.EndsWith("explored as part of our annual review of effectiveness for 2016/17. These are:", Text(ags, "C"), StringComparison.Ordinal);
        Assert.StartsWith("**Annual review of effectiveness**", Text(ags, "D"), StringComparison.Ordinal);
        Assert.EndsWith("These areas are:", Text(ags, "E"), StringComparison.Ordinal);
        Assert.DoesNotContain("Signed:", Text(ags, "F"), StringComparison.Ordinal);
        Assert.Equal(new DateTime(2017, 4, 1, 9, 0, 0, DateTimeKind.Utc), ags.CreatedAtUtc);

        Assert.Equal(PaperStatus.Published, code.Status);
        Assert.Equal(new DateOnly(2017, 6, 13), DateOnly.FromDateTime(code.PublishedAtUtc!.Value));
        Assert.StartsWith("This Code of Governance (Code) sets out the governance structure", Text(code, "Introduction"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, Text(code, "D"));
        Assert.Contains(code.ControlEntries, e => e.Label == "Date to be re-published" && e.Value == "July 2017 (following audit)");

        Assert.Equal(("Audit Panel", (DateOnly?)new DateOnly(2017, 6, 30), "The Deputy Commissioner"), (cover.MeetingName, cover.MeetingDate, cover.ReportBy));
        Assert.Equal([("Appendix 1", ags.Id), ("Appendix 2", code.Id)], cover.Appendices.OrderBy(a => a.SortOrder).Select(a => (a.Label, a.AppendedPaperId)));
        Assert.StartsWith("At the end of each financial year the Met has a statutory obligation", Text(cover, "1"), StringComparison.Ordinal);

        Assert.Equal(("MPS-MOPAC Joint Audit Panel", (DateOnly?)new DateOnly(2020, 1, 8)), (progress.MeetingName, progress.MeetingDate));
        Assert.NotNull(progress.ImprovementPlanId);
        Assert.Contains("**AGS 2019/20**", Text(progress, "1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_MopacPapers_AgsSignedOn24May2019AndCoverAppendsItAsAppendixA()
    {
        var (ags, code, cover) = await portal.WithDbAsync(async db => (
            await SeededAsync(db, OrganisationCodes.Mopac, PaperKind.AnnualGovernanceStatement),
            await SeededAsync(db, OrganisationCodes.Mopac, PaperKind.CodeOfGovernance),
            await SeededAsync(db, OrganisationCodes.Mopac, PaperKind.CoverReport)));

        Assert.Equal(PaperStatus.Signed, ags.Status);
        Assert.Equal(
            [("Sophie Linden", "Deputy Mayor for Policing and Crime", (DateOnly?)new DateOnly(2019, 5, 24)), ("Rebecca Lawrence", "Chief Executive", new DateOnly(2019, 5, 24))],
            ags.OrderedSignatories.Select(s => (s.Name, s.Role, s.SignedOn)));
        Assert.Contains("second full year of delivery under the Mayor's Police and Crime Plan", Text(ags, "1"), StringComparison.Ordinal);
        Assert.DoesNotContain("Her opinion for this draft document", Text(ags, "6"), StringComparison.Ordinal);
        Assert.Contains("Grant Thornton Joint Value for Money Report 2017-18", Text(ags, "6"), StringComparison.Ordinal);
        Assert.Contains("the extent to which the Commissioner has complied with section 35", Text(ags, "2"), StringComparison.Ordinal);
        Assert.Contains("The Audit Panel held its first meeting on 31 March 2017.", Text(ags, "Appendix 4 – Independent Panels"), StringComparison.Ordinal);

        Assert.Equal(PaperStatus.Published, code.Status);
        Assert.Equal(new DateOnly(2019, 6, 19), DateOnly.FromDateTime(code.PublishedAtUtc!.Value));
        Assert.StartsWith("**5.1** MOPAC has put in place", Text(code, "5"), StringComparison.Ordinal);

        Assert.Equal(PaperStatus.Draft, cover.Status);
        Assert.Equal(new DateOnly(2019, 6, 19), cover.MeetingDate);
        Assert.Equal([("Appendix A", ags.Id)], cover.Appendices.Select(a => (a.Label, a.AppendedPaperId)));
    }

    [Fact]
    public async Task Seed_Glossary_MetHasBothSourceGlossariesMergedAndMopacNone()
    {
        var entries = await portal.WithDbAsync(db => db.GlossaryEntries.AsNoTracking().Include(g => g.Organisation).ToListAsync());

        var met = entries.Where(e => e.Organisation!.Code == OrganisationCodes.Met).ToDictionary(e => e.Acronym, e => e.Definition, StringComparer.Ordinal);
        Assert.Equal("Freedom of Information Act", met["FoIA"]);
        Assert.Equal("Her Majesty's Inspectorate of Constabularies", met["HMIC"]);
        Assert.Equal("(Borough) Occupational Command Unit", met["(B)OCU"]);
        Assert.Equal("System Integration Application Management", met["SIAM"]);
        Assert.True(met.Count >= 49, $"The Met glossary has {met.Count} entries; seed 000 has 49 once merged.");
        Assert.DoesNotContain(entries, e => e.Organisation!.Code == OrganisationCodes.Mopac && e.Acronym == "DARA");
    }

    [Fact]
    public async Task Seed_MopacAuditOpinion_IsTheDraftOpinionWithRecommendations1And6()
    {
        var opinion = await portal.WithDbAsync(db => db.AuditOpinions.AsNoTracking().Include(o => o.Recommendations)
            .SingleAsync(o => o.Organisation!.Code == OrganisationCodes.Mopac && o.Year == new ReportingYear(2018)));

        Assert.Equal(AssuranceLevel.Adequate, opinion.Level);
        Assert.Equal("MOPAC has established an adequate internal control environment, which is generally operating effectively.", opinion.Opinion);
        Assert.Equal("Director of Audit, Risk and Assurance", opinion.GivenBy);
        Assert.Null(opinion.GivenOn);
        Assert.Contains("- GDPR Framework", opinion.Basis, StringComparison.Ordinal);
        Assert.Equal([("1", RecommendationPriority.High), ("6", RecommendationPriority.Medium)], opinion.OrderedRecommendations.Select(r => (r.Number, r.Priority)));
        Assert.All(opinion.Recommendations, r => Assert.EndsWith("Complete", r.ManagementResponse, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_MopacReview_EachPrincipleAreaHasThe2018ReviewInAgsOrder()
    {
        var (principles, statements) = await portal.WithDbAsync(async db => (
            await db.Principles.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Mopac).OrderBy(p => p.SortOrder).Select(p => p.Code).ToListAsync(),
            await db.AreaStatements.AsNoTracking()
                .Where(s => s.Year == new ReportingYear(2018) && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.Organisation!.Code == OrganisationCodes.Mopac))
                .Select(s => new { Area = db.GovernanceAreas.Single(a => a.Id == s.GovernanceAreaId).Reference, s.Kind, s.SubTopic, s.Text, s.SortOrder })
                .ToListAsync()));

        Assert.Equal(["C", "D", "E", "F", "G", "A", "B"], principles);
        foreach (var area in new[] { "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7" })
        {
            Assert.Single(statements, s => s.Area == area && s.Kind == StatementKind.ResponseToLastYear);
            Assert.Single(statements, s => s.Area == area && s.Kind == StatementKind.CouldBeImproved);
        }

        // 4.1 is principle C; 4.6 is B, whose question is worded differently; 4.5 is G, with its introduction first.
        Assert.Equal("How did we respond to last year's recommendations?", statements.Single(s => s.Area == "4.1" && s.Kind == StatementKind.ResponseToLastYear).SubTopic);
        Assert.Equal("How did we do against last year?", statements.Single(s => s.Area == "4.6" && s.Kind == StatementKind.ResponseToLastYear).SubTopic);
        Assert.StartsWith("The Police and Crime Plan continues to drive the work of MOPAC", statements.Single(s => s.Area == "4.1" && s.Kind == StatementKind.WorkingWell).Text, StringComparison.Ordinal);
        var g = statements.Where(s => s.Area == "4.5" && s.Kind == StatementKind.WorkingWell).OrderBy(s => s.SortOrder).ToList();
        Assert.Equal(2, g.Count);
        Assert.StartsWith("In the year 2018/19, we answered 2875 pieces of correspondence", g[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedAgain_SeededDatabase_AddsNothing()
    {
        var (before, demo, papers, after) = await portal.WithDbAsync(async db =>
        {
            var before = await SequentialCountsAsync(db);
            var demo = await new DemoDataSeeder(db, TimeProvider.System, NullLogger<DemoDataSeeder>.Instance, [], []).SeedAsync(TestContext.Current.CancellationToken);
            var papers = await new PaperSeeder(db, null).SeedAsync(TestContext.Current.CancellationToken);
            return (before, demo, papers, await SequentialCountsAsync(db));
        });

        Assert.False(demo);
        Assert.False(papers);
        Assert.Equal(before, after);
    }

    /// <summary>One DbContext runs one query at a time: the counts in turn.</summary>
    private static async Task<int[]> SequentialCountsAsync(GovernancePortalDbContext db) =>
    [
        await db.Papers.CountAsync(), await db.PaperTemplates.CountAsync(), await db.TemplateSections.CountAsync(), await db.GlossaryEntries.CountAsync(),
        await db.AuditOpinions.CountAsync(), await db.AreaStatements.CountAsync(), await db.PaperVersions.CountAsync(),
    ];
}
