using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.UnitTests.Domain;

public sealed class ReportingYearTests
{
    [Fact]
    public void ToString_AnyYear_ShowsShortFinancialYear()
    {
        Assert.Equal("2016/17", new ReportingYear(2016).ToString());
        Assert.Equal("2098/99", new ReportingYear(2098).ToString());
        Assert.Equal("2009/10", new ReportingYear(2009).ToString());
    }

    [Theory]
    [InlineData("2016/17", 2016)]
    [InlineData("2016-17", 2016)]
    [InlineData(" 2019/2020 ", 2019)]
    [InlineData("2018–19", 2018)]
    public void TryParse_CommonForms_ReturnsYear(string text, int expectedStart)
    {
        Assert.True(ReportingYear.TryParse(text, out var year));
        Assert.Equal(expectedStart, year.StartYear);
    }

    [Theory]
    [InlineData("2016/18")]
    [InlineData("2016")]
    [InlineData("17/18")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1990/91")]
    public void TryParse_NotAFinancialYear_ReturnsFalse(string? text) =>
        Assert.False(ReportingYear.TryParse(text, out _));

    [Theory]
    [InlineData(2017, 3, 31, 2016)]
    [InlineData(2017, 4, 1, 2017)]
    [InlineData(2017, 12, 25, 2017)]
    public void Containing_DateAroundYearEnd_ReturnsFinancialYear(int y, int m, int d, int expectedStart) =>
        Assert.Equal(expectedStart, ReportingYear.Containing(new DateOnly(y, m, d)).StartYear);

    [Fact]
    public void StartAndEndDate_Year_AreFirstOfAprilAndThirtyFirstOfMarch()
    {
        var year = new ReportingYear(2018);
        Assert.Equal(new DateOnly(2018, 4, 1), year.StartDate);
        Assert.Equal(new DateOnly(2019, 3, 31), year.EndDate);
        Assert.True(year.Contains(new DateOnly(2019, 3, 31)));
        Assert.False(year.Contains(new DateOnly(2019, 4, 1)));
    }

    [Fact]
    public void Constructor_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingYear(1999));
}
