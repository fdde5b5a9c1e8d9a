using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>A portal of its own for the papers' page tests: every test makes papers of its own, and years run out.</summary>
[CollectionDefinition(Name)]
public sealed class SqlitePapersCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (papers)";
}

/// <summary>What <see cref="PaperTestData.BuildPaperAsync"/> made.</summary>
public sealed record BuiltPaper(int Id, ReportingYear Year, IReadOnlyList<int> SectionIds, IReadOnlyList<int> SignatoryIds)
{
    /// <summary>The first section: fixed text, covering CIPFA's acknowledgement of responsibility.</summary>
    public int TextSectionId => SectionIds[0];
}

/// <summary>
/// Papers of their own for the papers' page tests. A paper is made from an in-memory template (never saved, so it meets
/// neither the seeded templates nor the template pages' tests) with sections of several content kinds: an AGS covers
/// all six of CIPFA's elements. Years are claimed per database and organisation, as <see cref="TestSurveyYears"/> does
/// for surveys, so tests running side by side never take the same year.
/// </summary>
public static class PaperTestData
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, HashSet<int>> Claimed = new(StringComparer.Ordinal);

    public static Actor Actor => new(null, "Test set-up", DateTime.UtcNow);

    public static DateOnly Today => DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));

    /// <summary>Claims the latest reporting year for which the organisation has no paper (and no test has claimed).</summary>
    public static async Task<ReportingYear> FreeYearAsync(GovernancePortalDbContext db, int organisationId) =>
        (await ClaimAsync(db, organisationId, 1))[0];

    /// <summary>Two consecutive free years, later first (a paper and the one before it), claimed.</summary>
    public static Task<(ReportingYear Later, ReportingYear Earlier)> FreeYearPairAsync(this PortalFactory portal, string organisation = OrganisationCodes.Met) =>
        portal.WithDbAsync(async db =>
        {
            var pair = await ClaimAsync(db, await OrganisationIdAsync(db, organisation), 2);
            return (pair[0], pair[1]);
        });

    /// <summary>The latest <paramref name="count"/> consecutive years for which the organisation has no paper, claimed.</summary>
    private static async Task<IReadOnlyList<ReportingYear>> ClaimAsync(GovernancePortalDbContext db, int organisationId, int count)
    {
        ArgumentNullException.ThrowIfNull(db);
        var saved = (await db.Papers.AsNoTracking().Where(p => p.OrganisationId == organisationId).Select(p => p.Year).ToListAsync()).Select(y => y.StartYear).ToHashSet();
        var key = $"{db.Database.GetConnectionString()}|{organisationId}";
        lock (Gate)
        {
            if (!Claimed.TryGetValue(key, out var claimed))
            {
                Claimed[key] = claimed = [];
            }

            bool Free(int y) => y >= ReportingYear.MinStartYear && !saved.Contains(y) && !claimed.Contains(y);
            var year = TestSurveyYears.LatestFirst.FirstOrDefault(y => Enumerable.Range(0, count).All(i => Free(y - i)));
            if (year == 0)
            {
                throw new InvalidOperationException("No reporting year is free for another test paper in this database: give these tests a portal of their own.");
            }

            var years = Enumerable.Range(0, count).Select(i => year - i).ToList();
            claimed.UnionWith(years);
            return [.. years.Select(y => new ReportingYear(y))];
        }
    }

    public static Task<ReportingYear> FreeYearAsync(this PortalFactory portal, string organisation = OrganisationCodes.Met) =>
        portal.WithDbAsync(async db => await FreeYearAsync(db, await OrganisationIdAsync(db, organisation)));

    /// <summary>The sections of a test template of a kind: fixed text and generated sections; an AGS covers CIPFA's six elements.</summary>
    public static PaperTemplate Template(int organisationId, PaperKind kind)
    {
        var template = new PaperTemplate { OrganisationId = organisationId, Kind = kind };
        if (kind == PaperKind.AnnualGovernanceStatement)
        {
            template.AddSection(new("A", "Scope of responsibilities", SectionContent.Text, CipfaElement.AcknowledgementOfResponsibility, false, "We are responsible for a sound system of governance."));
            template.AddSection(new("B", "Review of effectiveness", SectionContent.AreaReview, CipfaElement.AssessmentOfKeyElements | CipfaElement.OpinionOnAssurance, false, "Each area was reviewed during the year."));
            template.AddSection(new("C", "Governance issues", SectionContent.GovernanceIssues, CipfaElement.ActionPlan | CipfaElement.LastYearIssuesResolved, false, "The actions we agreed follow."));
            template.AddSection(new("D", "Declaration", SectionContent.Declaration, CipfaElement.ConclusionAndCommitment, false, "We will monitor these actions as part of next year's review."));
        }
        else if (kind == PaperKind.CoverReport)
        {
            template.AddSection(new("1", "Supporting Information", SectionContent.Text, CipfaElement.None, true, "The statement is attached.\n\nThe panel is asked to note it."));
            template.AddSection(new("7", "Appendices and Background Papers", SectionContent.Appendices, CipfaElement.None, false, null));
        }
        else
        {
            template.AddSection(new("1", "Introduction", SectionContent.Text, CipfaElement.None, false, "This paper sets out how we are governed."));
            template.AddSection(new("2", "Key controls", SectionContent.KeyControls, CipfaElement.None, false, null));
        }

        return template;
    }

    /// <summary>
    /// A paper of <paramref name="organisation"/> with version 1, two signatories (for an AGS or Code), brought to
    /// <paramref name="status"/> through the workflow (signed and published papers: every signatory signed). Versions are
    /// recorded by the application's composer, as the pages record them, so versions compare as the pages' own do.
    /// </summary>
    public static async Task<BuiltPaper> BuildPaperAsync(
        this PortalFactory portal,
        PaperKind kind = PaperKind.AnnualGovernanceStatement,
        PaperStatus status = PaperStatus.Draft,
        string organisation = OrganisationCodes.Met,
        string title = "Test paper",
        ReportingYear? year = null,
        string? text = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.NewScope();
        var composer = scope.ServiceProvider.GetRequiredService<PaperComposer>();
        return await portal.WithDbAsync(async db =>
        {
            var organisationId = await OrganisationIdAsync(db, organisation);
            var chosen = year ?? await FreeYearAsync(db, organisationId);
            var paper = Paper.Create(Template(organisationId, kind), null, chosen, $"{title} {chosen}", Actor);
            if (text is not null)
            {
                paper.EditSection(paper.OrderedSections[0], paper.OrderedSections[0].Heading, text);
            }

            if (kind is PaperKind.CoverReport or PaperKind.ProgressReport)
            {
                paper.Describe(new PaperDetails(paper.Title, null, "OFFICIAL", "Audit Panel", Today.AddDays(30), "The Deputy Commissioner", null));
            }
            else
            {
                paper.SetSignatories([("Test Commissioner", "Commissioner"), ("Test Director", "Director of Finance")]);
            }

            paper.SetControlEntries([("Protective marking", "None"), ("Authors", "Governance team")]);
            db.Papers.Add(paper);
            await composer.RecordVersionAsync(paper, "Created for a test", Actor, CancellationToken.None);
            await db.SaveChangesAsync();
            await AdvanceAsync(db, composer, paper, status);
            return new BuiltPaper(paper.Id, chosen, [.. paper.OrderedSections.Select(s => s.Id)], [.. paper.OrderedSignatories.Select(s => s.Id)]);
        });
    }

    /// <summary>Takes a saved paper through the workflow to <paramref name="status"/>, one version per step.</summary>
    private static async Task AdvanceAsync(GovernancePortalDbContext db, PaperComposer composer, Paper paper, PaperStatus status)
    {
        if (status == PaperStatus.Draft)
        {
            return;
        }

        paper.SubmitForReview();
        await composer.RecordVersionAsync(paper, "Sent for review", Actor, CancellationToken.None);
        if (status != PaperStatus.InReview)
        {
            paper.Approve(0, Actor);
            await composer.RecordVersionAsync(paper, "Approved", Actor, CancellationToken.None);
        }

        if (status is PaperStatus.Signed or PaperStatus.Published)
        {
            foreach (var signatory in paper.OrderedSignatories)
            {
                paper.RecordSignature(signatory, Today, Actor);
            }

            if (paper.Signatories.Count > 0)
            {
                await composer.RecordVersionAsync(paper, "Signed", Actor, CancellationToken.None);
            }
        }

        if (status == PaperStatus.Published)
        {
            paper.Publish(Actor);
            await composer.RecordVersionAsync(paper, "Published", Actor, CancellationToken.None);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The Met's papers for the authorization matrix (made once per portal): a draft AGS (only reviewers of the Met's
    /// papers may read it), a published AGS (every reader of papers) and a draft cover report.
    /// </summary>
    public static async Task<(BuiltPaper Draft, BuiltPaper Published, BuiltPaper Cover)> MatrixPapersAsync(this PortalFactory portal)
    {
        async Task<BuiltPaper> Get(string title, PaperKind kind, PaperStatus status)
        {
            var existing = await portal.WithDbAsync(db => db.Papers.AsNoTracking().AsSplitQuery().Include(p => p.Sections).Include(p => p.Signatories)
                .Where(p => p.Title.StartsWith(title) && p.Organisation!.Code == OrganisationCodes.Met).FirstOrDefaultAsync());
            return existing is not null
                ? new BuiltPaper(existing.Id, existing.Year, [.. existing.OrderedSections.Select(s => s.Id)], [.. existing.OrderedSignatories.Select(s => s.Id)])
                : await portal.BuildPaperAsync(kind, status, title: title);
        }

        return (await Get("Matrix sample draft", PaperKind.AnnualGovernanceStatement, PaperStatus.Draft),
            await Get("Matrix sample published", PaperKind.AnnualGovernanceStatement, PaperStatus.Published),
            await Get("Matrix sample cover", PaperKind.CoverReport, PaperStatus.Draft));
    }

    /// <summary>Adds a review comment on a section (as a reviewer would), open unless <paramref name="resolved"/>.</summary>
    public static Task<int> CommentAsync(this PortalFactory portal, int paperId, int sectionId, string text = "Please say more.", bool resolved = false) =>
        portal.WithDbAsync(async db =>
        {
            var paper = await PaperComposer.LoadAsync(db, paperId, CancellationToken.None) ?? throw new InvalidOperationException("No such paper");
            var comment = paper.Comment(paper.Sections.Single(s => s.Id == sectionId), text, new Actor(null, "Test Reviewer", DateTime.UtcNow));
            if (resolved)
            {
                paper.ResolveComment(comment, Actor);
            }

            await db.SaveChangesAsync();
            return comment.Id;
        });

    /// <summary>The paper as saved, with its sections, signatories, control entries, appendices, comments and versions.</summary>
    public static Task<Paper> PaperAsync(this PortalFactory portal, int paperId) =>
        portal.WithDbAsync(db => db.Papers.AsNoTracking().AsSplitQuery()
            .Include(p => p.Sections).Include(p => p.Signatories).Include(p => p.ControlEntries)
            .Include(p => p.Appendices).Include(p => p.Comments).Include(p => p.Versions)
            .SingleAsync(p => p.Id == paperId));

    /// <summary>The organisation's saved template of a kind, made from <see cref="Template"/> when it has none.</summary>
    public static Task<int> EnsureTemplateAsync(this PortalFactory portal, PaperKind kind, string organisation = OrganisationCodes.Met) =>
        portal.WithDbAsync(async db =>
        {
            var organisationId = await OrganisationIdAsync(db, organisation);
            var existing = await db.PaperTemplates.Where(t => t.OrganisationId == organisationId && t.Kind == kind).Select(t => (int?)t.Id).SingleOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var template = Template(organisationId, kind);
            db.PaperTemplates.Add(template);
            await db.SaveChangesAsync();
            return template.Id;
        });

    /// <summary>Removes the organisation's template of a kind (and so the papers' pages offer no such paper).</summary>
    public static Task RemoveTemplateAsync(this PortalFactory portal, PaperKind kind, string organisation = OrganisationCodes.Met) =>
        portal.WithDbAsync(async db =>
        {
            var organisationId = await OrganisationIdAsync(db, organisation);
            await db.PaperTemplates.Where(t => t.OrganisationId == organisationId && t.Kind == kind).ExecuteDeleteAsync();
            return 0;
        });

    private static Task<int> OrganisationIdAsync(GovernancePortalDbContext db, string code) =>
        db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
}
