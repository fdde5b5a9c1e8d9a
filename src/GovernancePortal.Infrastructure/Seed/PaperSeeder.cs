using System.Globalization;
using System.Text.RegularExpressions;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Seed;

/// <summary>
/// The papers of the four source Audit Panel papers, with the source's own dates (Seed/Data/README.md, "Papers"):
/// a template per organisation and kind of paper; the Met's AGS 2016/17 (a draft, for the demo user to check, approve
/// and sign), its Code 2016/17 (published 13 June 2017), its cover report to the Audit Panel of 30 June 2017 and its
/// progress report to the Joint Audit Panel of 8 January 2020 (drafts); MOPAC's AGS 2018/19 (signed 24 May 2019), its
/// Code (published) and its cover report to the Joint Audit Panel of 19 June 2019 (a draft). Also the Met's glossary,
/// MOPAC's 2018/19 AGS review per principle (as the text of its governance areas) and DARA's 2018/19 opinion on MOPAC.
/// Runs once: nothing is added when any template, glossary entry or audit opinion exists.
/// </summary>
internal sealed partial class PaperSeeder(GovernancePortalDbContext db, IPaperSnapshots? snapshots)
{
    private const string DemoName = "Strategy & Governance (demo data)";

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.PaperTemplates.AnyAsync(cancellationToken) || await db.GlossaryEntries.AnyAsync(cancellationToken) || await db.AuditOpinions.AnyAsync(cancellationToken))
        {
            return false;
        }

        var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met, cancellationToken);
        var mopac = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Mopac, cancellationToken);
        var covers = SeedFiles.Read<List<AuditPanelPaperSeed>>(SeedFiles.AuditPanelPapers).ToDictionary(c => c.Seed, StringComparer.Ordinal);

        await AddMopacReviewAsync(mopac, SeedFiles.Read<FrameworkSeed>(SeedFiles.MopacFramework), cancellationToken);
        AddGlossary(met, SeedFiles.Read<GlossarySeed>(SeedFiles.MetGlossary));
        var mopacAgs = SeedFiles.Read<MopacAgsSeed>(SeedFiles.MopacAgs);
        AddAuditOpinion(mopac, mopacAgs, SeedFiles.Read<MopacPlanSeed>(SeedFiles.MopacPlan));

        var templates = new Dictionary<(int, PaperKind), PaperTemplate>();
        foreach (var (organisation, kind, sections) in TemplateDefinitions(met, mopac))
        {
            var template = new PaperTemplate { OrganisationId = organisation.Id, Organisation = organisation, Kind = kind };
            foreach (var section in sections)
            {
                template.AddSection(section);
            }

            db.PaperTemplates.Add(template);
            templates[(organisation.Id, kind)] = template;
        }

        await db.SaveChangesAsync(cancellationToken);

        var metPapers = SeedFiles.Read<MetPapersSeed>(SeedFiles.MetPapers);
        var metFramework = SeedFiles.Read<FrameworkSeed>(SeedFiles.MetFramework);
        var metAgs = MetAgs(templates[(met.Id, PaperKind.AnnualGovernanceStatement)], metPapers, metFramework);
        var metCode = MetCode(templates[(met.Id, PaperKind.CodeOfGovernance)], metPapers, metFramework);
        var metCover = Cover(templates[(met.Id, PaperKind.CoverReport)], covers["000"], ReportingYear.Parse(metPapers.Year), new DateOnly(2017, 6, 13));
        var metPlanId = await db.ImprovementPlans.Where(p => p.OrganisationId == met.Id && p.FirstYear == new ReportingYear(2018)).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        var metProgress = Progress(templates[(met.Id, PaperKind.ProgressReport)], covers["001"], metPlanId);

        var mopacFramework = SeedFiles.Read<FrameworkSeed>(SeedFiles.MopacFramework);
        var mopacStatement = MopacAgs(templates[(mopac.Id, PaperKind.AnnualGovernanceStatement)], mopacAgs);
        var mopacCode = MopacCode(templates[(mopac.Id, PaperKind.CodeOfGovernance)], mopacFramework);
        var mopacCover = Cover(templates[(mopac.Id, PaperKind.CoverReport)], covers["002"], ReportingYear.Parse(mopacAgs.Year), covers["002"].MeetingDate!.Value);

        db.Papers.AddRange(metAgs, metCode, metCover, metProgress, mopacStatement, mopacCode, mopacCover);
        await db.SaveChangesAsync(cancellationToken);

        // Appendices refer to saved papers; the seed 000 cover numbers them, the seed 002 cover letters them.
        metCover.SetAppendices([metAgs, metCode]);
        mopacCover.SetAppendices([mopacStatement], lettered: true);
        Record(metCover, "Seeded from seed 000: cover report to the Audit Panel, 30 June 2017", At(new DateOnly(2017, 6, 13), 12));
        Record(mopacCover, "Seeded from seed 002: cover report to the MPS-MOPAC Joint Audit Panel, 19 June 2019", At(new DateOnly(2019, 6, 19), 9));
        await db.SaveChangesAsync(cancellationToken);

        // Version 1 of each paper keeps the paper as then shown, so comparing it with later versions marks real changes.
        if (snapshots is not null)
        {
            foreach (var paper in new[] { metAgs, metCode, metCover, metProgress, mopacStatement, mopacCode, mopacCover })
            {
                var content = await snapshots.SnapshotAsync(paper, cancellationToken);
                foreach (var version in paper.Versions)
                {
                    version.Content = content;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// MOPAC's AGS review (section 4) as the 2018/19 text of the governance area (Code section) of each principle: what
    /// is working well (principle G's introduction first, as its own block), the response to last year (the question as
    /// worded is the sub-topic) and what could be improved.
    /// </summary>
    private async Task AddMopacReviewAsync(Organisation mopac, FrameworkSeed framework, CancellationToken cancellationToken)
    {
        var year = ReportingYear.Parse(framework.Year);
        var areas = await db.GovernanceAreas.Include(a => a.Principle)
            .Where(a => a.OrganisationId == mopac.Id && !a.IsArchived)
            .ToListAsync(cancellationToken);
        foreach (var principle in framework.Principles.Where(p => p.AgsReview is not null))
        {
            var review = principle.AgsReview!;
            var area = areas.Single(a => a.Principle!.Code == principle.Code);
            var order = 0;
            Add(StatementKind.WorkingWell, null, review.Introduction);
            Add(StatementKind.WorkingWell, null, review.WhatIsWorkingWell);
            Add(StatementKind.ResponseToLastYear, review.LastYearHeading, review.ResponseToLastYear);
            Add(StatementKind.CouldBeImproved, null, review.WhatCouldBeImproved);

            void Add(StatementKind kind, string? subTopic, string? text)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    db.AreaStatements.Add(new AreaStatement
                    {
                        GovernanceAreaId = area.Id,
                        Year = year,
                        Kind = kind,
                        SubTopic = string.IsNullOrWhiteSpace(subTopic) ? null : subTopic.Trim(),
                        SortOrder = ++order,
                        Text = text.Trim(),
                    });
                }
            }
        }
    }

    private void AddGlossary(Organisation organisation, GlossarySeed seed)
    {
        foreach (var entry in seed.Entries)
        {
            db.GlossaryEntries.Add(new GlossaryEntry { OrganisationId = organisation.Id, Acronym = entry.Acronym, Definition = entry.Definition });
        }
    }

    /// <summary>DARA's opinion in the draft AGS 2018/19 (the final one was due in June 2019), with recommendations 1 and 6.</summary>
    private void AddAuditOpinion(Organisation mopac, MopacAgsSeed ags, MopacPlanSeed plan)
    {
        var seed = ags.AuditOpinion;
        var opinion = new AuditOpinion
        {
            OrganisationId = mopac.Id,
            Year = ReportingYear.Parse(ags.Year),
            Level = Enum.Parse<AssuranceLevel>(seed.Level),
            Opinion = seed.Opinion,
            GivenBy = seed.GivenBy,
            GivenOn = seed.GivenOn,
            Basis = seed.Basis,
        };
        foreach (var item in plan.OtherRecommendations?.Items ?? [])
        {
            // The source's response cell ends with the state: "… continues to develop. Complete".
            var response = string.Equals(item.State, "complete", StringComparison.OrdinalIgnoreCase)
                ? $"{item.ManagementResponse} Complete"
                : item.ManagementResponse;
            opinion.Put(null, item.Number.ToString(CultureInfo.InvariantCulture), item.Recommendation, Enum.Parse<RecommendationPriority>(item.Priority, ignoreCase: true), response);
        }

        db.AuditOpinions.Add(opinion);
    }

    /// <summary>The Met's AGS 2016/17 as a draft: text from <c>agsIntroduction</c>, signatories not yet signed.</summary>
    private static Paper MetAgs(PaperTemplate template, MetPapersSeed seed, FrameworkSeed framework)
    {
        var created = At(seed.Ags.Created, 9);
        var paper = Paper.Create(template, null, ReportingYear.Parse(seed.Year), seed.Ags.Title, created);
        paper.Describe(new PaperDetails(seed.Ags.Title, seed.Ags.Subtitle, seed.Ags.ProtectiveMarking, null, null, null, null));
        paper.SetSignatories([.. (seed.Ags.Signatories ?? []).Select(s => (s.Name, s.Role))]);
        paper.SetControlEntries([.. seed.Ags.DocumentControl.Select(e => (e.Label, e.Value))]);

        var parts = SplitAtHeadings(framework.AgsIntroduction ?? throw new InvalidOperationException("The Met framework seed has no agsIntroduction."));

        // The preamble after the title and subtitle paragraphs; section C up to the annual review, which introduces D.
        SetText(paper, null, "Introduction", Paragraphs(parts[string.Empty]).Skip(2));
        SetText(paper, "A", null, Paragraphs(parts["A"]));
        SetText(paper, "B", null, Paragraphs(parts["B"]));
        var c = Paragraphs(parts["C"]);
        var review = c.IndexOf("**Annual review of effectiveness**");
        SetText(paper, "C", null, c.Take(review));
        SetText(paper, "D", null, c.Skip(review));

        // E: the closing caveat moves before "These areas are:", which the generated list of improvement areas follows.
        var e = Paragraphs(parts["E"]);
        var caveat = e.Single(p => p.StartsWith("In consideration of the upcoming DARA audit opinion", StringComparison.Ordinal));
        e.Remove(caveat);
        e.Insert(e.FindIndex(p => p.StartsWith("We remain committed", StringComparison.Ordinal)), caveat);
        SetText(paper, "E", null, e);

        // F: the signature lines are the generated declaration (the signatories), not text.
        SetText(paper, "F", null, Paragraphs(parts["F"]).Where(p => !p.StartsWith("- Signed:", StringComparison.Ordinal)));
        Record(paper, "Seeded from seed 000: unaudited AGS 2016/17 (Appendix 1 to the Audit Panel report of 30 June 2017)", created);
        return paper;
    }

    /// <summary>The Met's Local Code of Governance 2016/17, published on 13 June 2017 (seed 000, paragraph 1.1).</summary>
    private static Paper MetCode(PaperTemplate template, MetPapersSeed seed, FrameworkSeed framework)
    {
        var paper = Paper.Create(template, null, ReportingYear.Parse(seed.Year), seed.Code.Title, At(seed.Code.Created, 9));
        paper.Describe(new PaperDetails(seed.Code.Title, seed.Code.Subtitle, seed.Code.ProtectiveMarking, null, null, null, null));
        paper.SetControlEntries([.. seed.Code.DocumentControl.Select(e => (e.Label, e.Value))]);
        var parts = SplitAtHeadings(framework.CodeIntroduction ?? throw new InvalidOperationException("The Met framework seed has no codeIntroduction."));

        // The preamble after the title block ("Local Code of Governance", "Metropolitan Police London", "2016/17").
        SetText(paper, null, "Introduction", Paragraphs(parts[string.Empty]).Skip(3));
        SetText(paper, "A", null, Paragraphs(parts["A"]));
        SetText(paper, "B", null, Paragraphs(parts["B"]));
        SetText(paper, "C", null, Paragraphs(parts["C"]));
        var published = seed.Code.Published ?? throw new InvalidOperationException("The Met Code seed has no publication date.");
        Publish(paper, published);
        Record(paper, "Seeded from seed 000: Local Code of Governance 2016/17 (Appendix 2), published 13 June 2017", At(published, 12));
        return paper;
    }

    /// <summary>MOPAC's AGS 2018/19, signed by both signatories on 24 May 2019 (seed 002).</summary>
    private static Paper MopacAgs(PaperTemplate template, MopacAgsSeed seed)
    {
        var paper = Paper.Create(template, null, ReportingYear.Parse(seed.Year), seed.Title, At(new DateOnly(2019, 4, 1), 9));
        paper.SetSignatories([.. seed.Signatories.Select(s => (s.Name, s.Role))]);
        foreach (var section in seed.Sections)
        {
            SetText(paper, section.Code, section.Code is null ? section.Heading : null, Paragraphs(section.Text));
        }

        var signed = seed.Signatories.Select(s => s.SignedOn ?? throw new InvalidOperationException($"{s.Name} has no date signed.")).Max();
        paper.SubmitForReview();
        paper.Approve(0, At(signed, 9));
        foreach (var signatory in paper.OrderedSignatories)
        {
            var day = seed.Signatories.Single(s => s.Name == signatory.Name).SignedOn!.Value;
            paper.RecordSignature(signatory, day, At(day, 12));
        }

        Record(paper, "Seeded from seed 002: AGS 2018/19 (Appendix A to the Joint Audit Panel report of 19 June 2019), signed 24 May 2019", At(signed, 12));
        return paper;
    }

    /// <summary>MOPAC's Code of Governance (seed 003, undated) for 2018/19, shown as published with its framework year.</summary>
    private static Paper MopacCode(PaperTemplate template, FrameworkSeed framework)
    {
        var year = ReportingYear.Parse(framework.Year);
        var paper = Paper.Create(template, null, year, "Code of Governance", At(year.StartDate, 9));
        var parts = SplitAtHeadings(framework.CodeIntroduction ?? throw new InvalidOperationException("The MOPAC framework seed has no codeIntroduction."));
        foreach (var code in new[] { "1", "2", "3", "4", "5" })
        {
            SetText(paper, code, null, Paragraphs(parts[code]));
        }

        Publish(paper, framework.Published);
        Record(paper, "Seeded from seed 003: MOPAC Code of Governance", At(framework.Published, 12));
        return paper;
    }

    /// <summary>A cover report in the house format from its entry in audit-panel-papers.json; a draft.</summary>
    private static Paper Cover(PaperTemplate template, AuditPanelPaperSeed seed, ReportingYear year, DateOnly created)
    {
        var paper = Paper.Create(template, null, year, seed.Title, At(created, 9));
        paper.Describe(new PaperDetails(seed.Title, null, null, seed.Meeting, seed.MeetingDate, seed.ReportBy, null));
        FillHouseFormat(paper, seed);
        return paper;
    }

    /// <summary>The Met's progress report on its 2018/21 plans to the Joint Audit Panel of 8 January 2020 (seed 001); a draft.</summary>
    private static Paper Progress(PaperTemplate template, AuditPanelPaperSeed seed, int? planId)
    {
        var meeting = seed.MeetingDate ?? throw new InvalidOperationException("Seed 001 has no meeting date.");
        var paper = Paper.Create(template, null, new ReportingYear(2018), seed.Title, At(meeting, 9));
        paper.Describe(new PaperDetails(seed.Title, null, null, seed.Meeting, meeting, seed.ReportBy, null));
        paper.ImprovementPlanId = planId;
        FillHouseFormat(paper, seed);
        Record(paper, "Seeded from seed 001: progress report to the MPS-MOPAC Joint Audit Panel, 8 January 2020", At(meeting, 9));
        return paper;
    }

    /// <summary>The cover-report sections: summary, key considerations, interdependencies, recommendations, 1 and 2–6.</summary>
    private static void FillHouseFormat(Paper paper, AuditPanelPaperSeed seed)
    {
        SetText(paper, null, CoverHeadings.Summary, Paragraphs(seed.Summary));
        SetText(paper, null, CoverHeadings.KeyConsiderations, Paragraphs(seed.KeyConsiderations));
        SetText(paper, null, CoverHeadings.Interdependencies, Paragraphs(seed.Interdependencies));
        var recommendations = seed.Recommendations ?? [];
        SetText(paper, null, CoverHeadings.Recommendations, [.. Paragraphs(seed.RecommendationsIntro), .. recommendations]);

        var supporting = new List<string>();
        string? heading = null;
        foreach (var paragraph in seed.SupportingInformation ?? [])
        {
            if (paragraph.Heading is not null && paragraph.Heading != heading)
            {
                supporting.Add($"**{paragraph.Heading}**");
            }

            heading = paragraph.Heading;
            supporting.Add(paragraph.Text.Trim());
        }

        SetText(paper, "1", null, supporting);
        foreach (var implication in seed.Implications ?? [])
        {
            var code = ImplicationCodes[implication.Heading];
            SetText(paper, code, null, Paragraphs(implication.Text));
        }

        SetText(paper, "6", null, Paragraphs(seed.Contact));
    }

    private static readonly Dictionary<string, string> ImplicationCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Equality and Diversity Impact"] = "2",
        ["Financial Implications"] = "3",
        ["Legal Implications"] = "4",
        ["Risk Implications"] = "5",
    };

    private static void SetText(Paper paper, string? code, string? heading, IEnumerable<string> paragraphs)
    {
        var section = paper.Sections.SingleOrDefault(s => code is not null
                ? string.Equals(s.Code, code, StringComparison.Ordinal)
                : s.Code is null && string.Equals(s.Heading, heading, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The {paper.Kind} template has no section {code ?? heading}.");
        var text = string.Join("\n\n", paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0));
        paper.EditSection(section, section.Heading, text);
    }

    private static void Publish(Paper paper, DateOnly on)
    {
        paper.SubmitForReview();
        paper.Approve(0, At(on, 9));
        paper.Publish(At(on, 12));
    }

    /// <summary>
    /// Version 1, with its content filled in once the paper is saved (<see cref="IPaperSnapshots"/>; empty, "[]", when no
    /// composer is registered, as in the data-only tests).
    /// </summary>
    private static void Record(Paper paper, string change, Actor actor) => paper.RecordVersion(change, "[]", actor);

    private static Actor At(DateOnly day, int hour) => new(null, DemoName, day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc));

    private static List<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>
    /// Splits seed text at its lettered or numbered section headings ("**A. Scope of responsibilities**",
    /// "**F Declaration**", "**1. Introduction**"); the text before the first heading is under the empty key.
    /// </summary>
    internal static Dictionary<string, string> SplitAtHeadings(string text)
    {
        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [string.Empty] = [] };
        var current = string.Empty;
        foreach (var paragraph in Paragraphs(text))
        {
            var match = SectionHeading().Match(paragraph);
            if (match.Success)
            {
                current = match.Groups["code"].Value;
                parts[current] = [];
                continue;
            }

            parts[current].Add(paragraph);
        }

        return parts.ToDictionary(p => p.Key, p => string.Join("\n\n", p.Value), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\*\*(?<code>[A-Z]|[0-9]{1,2})\.? (?<heading>[^*\n]+)\*\*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}
