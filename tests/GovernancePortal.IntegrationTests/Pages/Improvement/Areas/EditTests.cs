using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Areas;

/// <summary>Changing an improvement area and recording its assessment.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task Area_GovernanceEditsAndAssesses_PlanShowsLeadLinksAndAssessment()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (plan, area, principle, governanceArea) = await portal.WithDbAsync(async db =>
        {
            var ia6 = await db.ImprovementAreas.AsNoTracking().SingleAsync(a => a.Code == "IA6" && a.Plan!.Status == PlanStatus.Active);
            var b = await db.Principles.AsNoTracking().Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.Code == "B").Select(p => p.Id).SingleAsync();
            var eleven = await db.GovernanceAreas.AsNoTracking().Where(g => g.Organisation!.Code == OrganisationCodes.Met && g.Reference == "11").Select(g => g.Id).SingleAsync();
            return (ia6.PlanId, ia6.Id, b, eleven);
        });

        var (saved, savedPage) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/areas/{area}/edit",
            [new("Input.Code", "IA6"), new("Input.Title", "Non-cashable benefits"), new("Input.Tier", "Priority"), new("Input.PrincipleId", principle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             new("Input.GovernanceAreaIds", governanceArea.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Aim", "Benefits are realised and reported.")]);
        AssertRedirect(saved, savedPage);
        var (assessed, assessedPage) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/areas/{area}/assess",
            [new("Input.Period", "2020-21 year end"), new("Input.AsAt.Day", "31"), new("Input.AsAt.Month", "3"), new("Input.AsAt.Year", "2021"), new("Input.Assessment", "limited progress")]);
        AssertRedirect(assessed, assessedPage);

        var (_, page) = await governance.GetPageAsync("/improvement/mps/2018-21");
        var section = page.QuerySelector($"#area-{area}")!.ParentElement!.TextContent;
        Assert.Contains("Priority", section, StringComparison.Ordinal);
        Assert.Contains("B:", section, StringComparison.Ordinal);
        Assert.Contains("11 ", section, StringComparison.Ordinal);
        Assert.Contains("Progress assessment: limited progress", section, StringComparison.Ordinal);
    }
}
