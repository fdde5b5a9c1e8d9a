using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests;

/// <summary>The pages that keep what papers are made from (glossary, audit opinions, templates), run through axe.</summary>
public sealed class PapersReferenceSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task PapersReferencePages_GovernanceOfficer_HaveNoAxeViolations()
    {
        int entry, opinion, recommendation, section;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep")))
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == "MPS");
            var glossary = await db.GlossaryEntries.SingleOrDefaultAsync(g => g.OrganisationId == met.Id && g.Acronym == "ZSWEEP")
                ?? db.GlossaryEntries.Add(new GlossaryEntry { OrganisationId = met.Id, Acronym = "ZSWEEP", Definition = "Accessibility sweep" }).Entity;
            var year = new ReportingYear(2038);
            var audit = await db.AuditOpinions.Include(o => o.Recommendations).SingleOrDefaultAsync(o => o.OrganisationId == met.Id && o.Year == year);
            if (audit is null)
            {
                audit = new AuditOpinion { OrganisationId = met.Id, Year = year, Level = AssuranceLevel.Adequate, Opinion = "Sweep opinion", GivenBy = "Head of Internal Audit" };
                audit.Put(null, "1", "Sweep recommendation", RecommendationPriority.High, "Agreed");
                db.AuditOpinions.Add(audit);
            }

            var template = await db.PaperTemplates.Include(t => t.Sections).SingleOrDefaultAsync(t => t.OrganisationId == met.Id && t.Kind == PaperKind.AnnualGovernanceStatement);
            if (template is null)
            {
                template = new PaperTemplate { OrganisationId = met.Id, Kind = PaperKind.AnnualGovernanceStatement };
                foreach (var definition in DefaultTemplates.For(PaperKind.AnnualGovernanceStatement))
                {
                    template.AddSection(definition);
                }

                db.PaperTemplates.Add(template);
            }

            await db.SaveChangesAsync();
            (entry, opinion, recommendation, section) = (glossary.Id, audit.Id, audit.Recommendations[0].Id, template.OrderedSections[0].Id);
        }

        var failures = new List<string>();
        async Task SweepAsync(string email, params string[] urls) => failures.AddRange(await Fixture.SweepAsync(email, urls));

        await SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/papers/glossary/mps",
            "/papers/glossary/mps/create",
            $"/papers/glossary/mps/{entry}/edit",
            "/papers/opinions/mps",
            "/papers/opinions/mps/2038-39",
            $"/papers/opinions/mps/{opinion}/recommendation",
            $"/papers/opinions/mps/{opinion}/recommendation/{recommendation}",
            "/papers/templates/mps",
            "/papers/templates/mps/AnnualGovernanceStatement/section",
            $"/papers/templates/mps/AnnualGovernanceStatement/section/{section}");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
