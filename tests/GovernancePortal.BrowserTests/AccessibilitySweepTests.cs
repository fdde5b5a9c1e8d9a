using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests;

/// <summary>Every framework page a governance officer and a senior lead can open, run through axe in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilitySweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task FrameworkPages_GovernanceOfficerAndLead_HaveNoAxeViolations()
    {
        int area, person, principle;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep")))
        {
            area = await db.GovernanceAreas.Where(a => a.Organisation!.Code == "MPS" && a.Reference == "12").Select(a => a.Id).SingleAsync();
            person = await db.People.Where(p => p.Organisation!.Code == "MPS" && p.JobTitle == "AC Professionalism").Select(p => p.Id).SingleAsync();
            principle = await db.Principles.Where(p => p.Organisation!.Code == "MPS" && p.Code == "B").Select(p => p.Id).SingleAsync();
        }

        var failures = new List<string>();
        async Task SweepAsync(string email, params string[] urls) => failures.AddRange(await Fixture.SweepAsync(email, urls));

        await SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/framework",
            "/framework/mps",
            $"/framework/mps/areas/{area}",
            "/framework/mps/areas/create",
            $"/framework/mps/areas/{area}/edit",
            "/framework/mps/principles",
            $"/framework/mps/principles/{principle}/edit",
            "/framework/mps/people",
            "/framework/mps/people/create",
            $"/framework/mps/people/{person}/edit",
            $"/framework/mps/people/{person}/change-holder",
            "/framework/mps/proposals",
            "/framework/mps/years",
            "/framework/search",
            "/framework/search?q=information",
            $"/history/governance-area/{area}",
            $"/history/principle/{principle}",
            $"/history/person/{person}");
        await SweepAsync(PortalFactory.Accounts.Lead, "/framework/my-areas", $"/framework/mps/areas/{area}");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
