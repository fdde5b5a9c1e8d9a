using GovernancePortal.Documents.Text;

namespace GovernancePortal.Documents.Tests;

public sealed class LineBreakerTests
{
    private static List<string> Break(string text, float width, out bool unfit)
    {
        var advances = Enumerable.Repeat(1f, text.Length).ToArray();
        return [.. LineBreaker.Break(text, advances, width, out unfit).Select(l => text[l.Start..l.End])];
    }

    [Fact]
    public void Break_WordsExceedWidth_BreaksAfterLastSpaceThatFits()
    {
        var lines = Break("aaa bbb ccc", 7, out var unfit);

        Assert.Equal(["aaa bbb", "ccc"], lines);
        Assert.False(unfit);
    }

    [Fact]
    public void Break_TrailingSpacesAtBreak_AreNotPartOfTheLine()
    {
        var ranges = LineBreaker.Break("ab    cd", Enumerable.Repeat(1f, 8).ToArray(), 4, out _);

        Assert.Equal(2, ranges.Count);
        Assert.Equal((0, 2, 6), (ranges[0].Start, ranges[0].End, ranges[0].Next));
        Assert.Equal(2f, ranges[0].Width);
    }

    [Fact]
    public void Break_WordLongerThanLine_SplitsWordWhereItOverflows()
    {
        var lines = Break("abcdefghij xy", 4, out var unfit);

        Assert.Equal(["abcd", "efgh", "ij", "xy"], lines);
        Assert.False(unfit);
    }

    [Fact]
    public void Break_ExplicitNewlines_StartNewLinesAndKeepEmptyLine()
    {
        var ranges = LineBreaker.Break("ab\n\ncd", Enumerable.Repeat(1f, 6).ToArray(), 100, out _);

        Assert.Equal(["ab", "", "cd"], ranges.Select(r => "ab\n\ncd"[r.Start..r.End]));
        Assert.All(ranges, r => Assert.True(r.EndsParagraph));
    }

    [Fact]
    public void Break_HyphenatedWord_BreaksAfterHyphen()
    {
        var lines = Break("the counter-fraud team", 12, out _);

        Assert.Equal(["the counter-", "fraud team"], lines);
    }

    [Theory]
    [InlineData("Statement 2016/17", new[] { "Statement ", "2016/17" })]
    [InlineData("action IA2-01", new[] { "action ", "IA2-01" })]
    public void Break_SlashOrHyphenBetweenDigits_KeepsTheNumberWhole(string text, string[] expected)
    {
        var lines = Break(text, 11, out _);

        Assert.Equal(expected.Select(e => e.TrimEnd()), lines);
    }

    [Fact]
    public void Break_SlashBetweenWords_BreaksAfterTheSlash()
    {
        var lines = Break("and/or the", 5, out _);

        Assert.Equal(["and/", "or", "the"], lines);
    }

    [Fact]
    public void Break_CharacterWiderThanLine_ReportsUnfit()
    {
        var advances = new[] { 5f, 5f };
        LineBreaker.Break("ab", advances, 3, out var unfit);

        Assert.True(unfit);
    }

    [Fact]
    public void Break_VariableAdvances_UsesActualWidths()
    {
        // "WW ii" with W = 3 and i = 1: "WW ii" is 3+3+1+1+1 = 9 wide.
        var text = "WW ii";
        var advances = new[] { 3f, 3f, 1f, 1f, 1f };

        var fits = LineBreaker.Break(text, advances, 9, out _);
        var wraps = LineBreaker.Break(text, advances, 8.5f, out _);

        Assert.Single(fits);
        Assert.Equal(2, wraps.Count);
    }
}
