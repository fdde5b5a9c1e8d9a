using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;

namespace GovernancePortal.UnitTests.Domain;

public sealed class ImprovementPlanTests
{
    [Fact]
    public void Period_MultiYearPlan_ShowsFirstAndLastYears()
    {
        var plan = new ImprovementPlan { Title = "Met Governance Improvement Plans 2018/21", FirstYear = new ReportingYear(2018), LastYear = new ReportingYear(2020) };
        Assert.Equal("2018/21", plan.Period);
    }

    [Fact]
    public void Period_SingleYearPlan_ShowsTheYear()
    {
        var plan = new ImprovementPlan { Title = "Governance Improvement Plan 2018/19", FirstYear = new ReportingYear(2018), LastYear = new ReportingYear(2018) };
        Assert.Equal("2018/19", plan.Period);
    }

    [Theory]
    [InlineData(2018, 2020, "2018-21")]
    [InlineData(2018, 2018, "2018-19")]
    [InlineData(2098, 2098, "2098-99")]
    public void SlugFor_Years_IsThePlansAddress(int first, int last, string slug)
    {
        var plan = new ImprovementPlan { Title = "Plan", FirstYear = new ReportingYear(first), LastYear = new ReportingYear(last) };
        Assert.Equal(slug, ImprovementPlan.SlugFor(new ReportingYear(first), new ReportingYear(last)));
        Assert.Equal(slug, plan.Slug);
    }

    [Fact]
    public void DisplayName_PostOnly_ShowsPost() =>
        Assert.Equal("AC Professionalism", new Person { JobTitle = "AC Professionalism" }.DisplayName);

    [Fact]
    public void DisplayName_NameAndPost_ShowsBoth() =>
        Assert.Equal("Sam Jones (AC Professionalism)", new Person { FullName = "Sam Jones", JobTitle = "AC Professionalism" }.DisplayName);

    [Fact]
    public void HasSlipped_LaterCurrentDate_IsTrue()
    {
        var action = new ImprovementAction { Code = "F10", Description = "Data sharing", OriginalDueDate = new DateOnly(2019, 3, 31), DueDate = new DateOnly(2019, 9, 30) };
        Assert.True(action.HasSlipped);
        action.DueDate = action.OriginalDueDate;
        Assert.False(action.HasSlipped);
    }
}
