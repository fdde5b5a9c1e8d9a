using GovernancePortal.Domain.Surveys;

namespace GovernancePortal.UnitTests.Domain;

public class RatingSummaryTests
{
    [Theory]
    [InlineData(new[] { 0 }, 0)]
    [InlineData(new[] { 0, 1, 3 }, 1)]
    [InlineData(new[] { 3, 0, 1 }, 1)]
    [InlineData(new[] { 1, 2 }, 2)]
    [InlineData(new[] { 0, 0, 2, 3 }, 2)]
    [InlineData(new[] { 0, 0, 0, 3 }, 0)]
    public void Median_OddOrEvenCount_IsTheMiddleRoundingTowardsTheWorseLevel(int[] ratings, int expected) =>
        Assert.Equal(expected, new RatingSummary(4, ratings).Median);

    [Fact]
    public void Median_NoRatings_IsNull()
    {
        var summary = new RatingSummary(4, []);

        Assert.Null(summary.Median);
        Assert.Equal(0, summary.Count);
        Assert.Equal(0, summary.Percent(0));
    }

    [Fact]
    public void Distribution_CountsEachLevelAndIgnoresPositionsOffTheScale()
    {
        var summary = new RatingSummary(4, [0, 1, 1, 2, 7, -1]);

        Assert.Equal([1, 2, 1, 0], summary.Distribution);
        Assert.Equal(4, summary.Count);
        Assert.Equal(25, summary.Percent(0));
        Assert.Equal(50, summary.Percent(1));
        Assert.Equal(0, summary.Percent(3));
    }

    [Fact]
    public void Percent_Thirds_RoundHalfAwayFromZero()
    {
        var summary = new RatingSummary(3, [0, 1, 2]);

        Assert.Equal(33, summary.Percent(0));
        Assert.Equal(new[] { 33, 33, 33 }, Enumerable.Range(0, 3).Select(summary.Percent));
    }

    [Fact]
    public void WorstOf_SeveralRatings_IsTheHighestPositionIgnoringBlanks()
    {
        Assert.Equal(2, RatingSummary.WorstOf([0, null, 2, 1]));
        Assert.Null(RatingSummary.WorstOf([null, null]));
    }
}
