using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>
/// Rows the glossary, audit opinion and template pages' tests make for themselves: acronyms no other test uses, audit
/// opinions in years no other test uses, and templates made once if missing (a template is unique per organisation
/// and kind, so tests add sections of their own to it and look only at those).
/// </summary>
public static class ReferenceTestData
{
    private static int nextYear = 2040;

    /// <summary>A fresh acronym: "ZQ" and four random capitals, e.g. ZQKXWP.</summary>
    public static string NewAcronym() =>
        "ZQ" + string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('A' + Random.Shared.Next(26))));

    /// <summary>A reporting year no other test gives an audit opinion (2040/41 onwards, one per call).</summary>
    public static ReportingYear NewOpinionYear() => new(Interlocked.Increment(ref nextYear));

    public static string Slug(ReportingYear year) => year.ToString().Replace('/', '-');

    public static Task<int> AddGlossaryEntryAsync(this PortalFactory portal, string organisationCode, string acronym, string definition) =>
        portal.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
            var entry = new GlossaryEntry { OrganisationId = organisation.Id, Acronym = acronym, Definition = definition };
            db.GlossaryEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    public static Task<int> AddOpinionAsync(this PortalFactory portal, string organisationCode, ReportingYear year, params string[] recommendationNumbers) =>
        portal.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
            var opinion = new AuditOpinion
            {
                OrganisationId = organisation.Id,
                Year = year,
                Level = AssuranceLevel.Adequate,
                Opinion = "An adequate internal control environment.",
                GivenBy = "Director of Audit, Risk and Assurance",
            };
            foreach (var number in recommendationNumbers)
            {
                opinion.Put(null, number, $"Recommendation {number}", RecommendationPriority.Medium, null);
            }

            db.AuditOpinions.Add(opinion);
            await db.SaveChangesAsync();
            return opinion.Id;
        });

    /// <summary>The organisation's template of the kind, made from the default sections when it has none.</summary>
    public static Task<int> EnsureTemplateAsync(this PortalFactory portal, string organisationCode, PaperKind kind) =>
        portal.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
            var existing = await db.PaperTemplates.Where(t => t.OrganisationId == organisation.Id && t.Kind == kind).Select(t => (int?)t.Id).SingleOrDefaultAsync();
            if (existing is not null)
            {
                return existing.Value;
            }

            var template = new PaperTemplate { OrganisationId = organisation.Id, Kind = kind };
            foreach (var definition in DefaultTemplates.For(kind))
            {
                template.AddSection(definition);
            }

            db.PaperTemplates.Add(template);
            await db.SaveChangesAsync();
            return template.Id;
        });

    /// <summary>Adds a section of the test's own at the end of the template; returns its id.</summary>
    public static Task<int> AddTemplateSectionAsync(this PortalFactory portal, int templateId, string heading, string? code = null) =>
        portal.WithDbAsync(async db =>
        {
            var template = await db.PaperTemplates.Include(t => t.Sections).SingleAsync(t => t.Id == templateId);
            var section = template.AddSection(new SectionDefinition(code, heading, SectionContent.Text, CipfaElement.None, false, null));
            await db.SaveChangesAsync();
            return section.Id;
        });

    /// <summary>A draft paper of the organisation whose first section's text is <paramref name="text"/>.</summary>
    public static async Task<int> AddDraftPaperAsync(this PortalFactory portal, string organisationCode, string text)
    {
        var templateId = await portal.EnsureTemplateAsync(organisationCode, PaperKind.AnnualGovernanceStatement);
        return await portal.WithDbAsync(async db =>
        {
            var template = await db.PaperTemplates.AsNoTracking().Include(t => t.Sections).SingleAsync(t => t.Id == templateId);
            var paper = Paper.Create(template, null, new ReportingYear(2090), "Glossary test paper", new Actor(null, "Test", DateTime.UtcNow));
            paper.Sections.OrderBy(s => s.SortOrder).First().Text = text;
            db.Papers.Add(paper);
            await db.SaveChangesAsync();
            return paper.Id;
        });
    }
}
