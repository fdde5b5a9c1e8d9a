using GovernancePortal.Infrastructure.Seed;

namespace GovernancePortal.UnitTests.Infrastructure;

/// <summary>The demo data transcribed from the source papers is complete and consistent.</summary>
public sealed class SeedDataTests
{
    [Fact]
    public void MetFramework_HasSevenPrinciplesAndFourteenAreas()
    {
        var met = SeedFiles.Read<FrameworkSeed>(SeedFiles.MetFramework);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], met.Principles.Select(p => p.Code).Order());
        Assert.Equal(Enumerable.Range(1, 14), met.GovernanceAreas!.Select(a => a.Number));
        Assert.All(met.GovernanceAreas!, a => Assert.Contains(a.Principle, met.Principles.Select(p => p.Code)));
        Assert.All(met.GovernanceAreas!, a => Assert.NotEmpty(a.KeyControls!));
        Assert.Equal(8, met.ImprovementAreas!.Count);
    }

    [Fact]
    public void MetPlan_HasTenAreasAndTheNamedActions()
    {
        var plan = SeedFiles.Read<MetPlanSeed>(SeedFiles.MetPlan);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"IA{i}"), plan.ImprovementAreas.Select(a => a.Code));
        var actions = plan.ImprovementAreas.SelectMany(a => a.Actions ?? []).Select(a => a.Code).ToList();
        Assert.Equal(
            ["IA2-01", "IA2-02", "IA2-03", "IA2-04", "IA2-05", "IA4-01", "IA4-02", "IA4-03", "IA5-01", "IA5-02", "IA5-03", "IA5-04", "IA9-01", "IA9-02", "IA9-03", "IA9-04", "IA9-05"],
            actions);
    }

    [Fact]
    public void MopacFramework_HasCodeSectionsFourOneToFourSeven()
    {
        var mopac = SeedFiles.Read<FrameworkSeed>(SeedFiles.MopacFramework);
        Assert.Equal(7, mopac.Principles.Count);
        Assert.Equal(["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"], mopac.CodeSections!.Select(s => s.Number));
        Assert.All(mopac.CodeSections!, s => Assert.NotEmpty(s.Commitments!));
        Assert.Equal(7, mopac.CodeSections!.Select(s => s.Principle).Distinct().Count());
    }

    [Fact]
    public void MopacPlan_HasTheFourteenItemsNamedInThePaper()
    {
        var plan = SeedFiles.Read<MopacPlanSeed>(SeedFiles.MopacPlan);
        Assert.Equal(
            ["A2", "A3", "B1", "B2", "B3", "C1", "D1", "D2", "E4", "F3", "F4", "F10", "G1", "G8"],
            plan.Items.Select(i => i.Code));
        Assert.All(plan.Items, i => Assert.Equal(i.Code[..1], i.Principle));
    }

    [Fact]
    public void MetSurvey_HasAHundredLeadsAcrossFiveBusinessGroupsAndCloseToSixtyPercentReturned()
    {
        var survey = SeedFiles.Read<SurveySeed>("met-sic-survey-2019-20.json");

        var posts = survey.BusinessGroups.SelectMany(g => g.Posts).ToList();
        Assert.Equal(100, posts.Count);
        Assert.Equal(posts.Count, posts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(5, survey.BusinessGroups.Count);
        Assert.InRange(survey.Returned, 55, 60);
        Assert.True(survey.Returned + survey.InProgress + survey.Reopened < posts.Count);
        Assert.Contains("AC Professionalism", posts);
        Assert.True(survey.Issued < survey.AsAt && survey.AsAt < survey.Deadline);
    }
}
