using System.Text;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.UnitTests.Domain;

public sealed class StructuredTextTests
{
    [Fact]
    public void Parse_ParagraphsAndBullets_GivesBlocksInOrder()
    {
        var blocks = StructuredText.Parse("First line\ncontinues here.\n\n- one\n- two\n\nLast.");

        Assert.Collection(
            blocks,
            b => Assert.Equal("First line continues here.", Assert.Single(Assert.IsType<TextParagraph>(b).Runs).Text),
            b => Assert.Equal(["one", "two"], Assert.IsType<TextList>(b).Items.Select(i => i.Runs[0].Text)),
            b => Assert.Equal("Last.", Assert.IsType<TextParagraph>(b).Runs[0].Text));
    }

    [Fact]
    public void Parse_NestedNumberedList_KeepsStartAndChildren()
    {
        var list = Assert.IsType<TextList>(Assert.Single(StructuredText.Parse("3. three\n  - detail\n  - more\n4. four")));

        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
        var child = Assert.Single(list.Items[0].Children);
        Assert.False(child.Ordered);
        Assert.Equal(["detail", "more"], child.Items.Select(i => i.Runs[0].Text));
    }

    [Fact]
    public void Parse_StrongEmphasisAndLink_GivesStyledRuns()
    {
        var runs = Assert.IsType<TextParagraph>(Assert.Single(StructuredText.Parse("A **bold *and italic* too** see [GOV.UK](https://www.gov.uk/) \\*not\\*"))).Runs;

        Assert.Contains(runs, r => r is { Text: "bold ", Strong: true, Emphasis: false });
        Assert.Contains(runs, r => r is { Text: "and italic", Strong: true, Emphasis: true });
        Assert.Contains(runs, r => r is { Text: "GOV.UK", Link: "https://www.gov.uk/" });
        Assert.EndsWith("*not*", runs[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](/relative)")]
    public void Parse_UnsafeLink_StaysPlainTextAndIsReported(string text)
    {
        var runs = Assert.IsType<TextParagraph>(Assert.Single(StructuredText.Parse(text))).Runs;

        Assert.All(runs, r => Assert.Null(r.Link));
        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
        Assert.NotEmpty(StructuredText.FindProblems(text));
    }

    [Fact]
    public void Parse_UnclosedMarkers_AreKeptAsTyped()
    {
        var runs = Assert.IsType<TextParagraph>(Assert.Single(StructuredText.Parse("2 * 3 = 6 and **open"))).Runs;

        Assert.Equal("2 * 3 = 6 and **open", string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs, r => Assert.False(r.Strong || r.Emphasis));
    }

    [Fact]
    public void ToPlainText_MarkedUpText_GivesWordsOnly()
    {
        Assert.Equal("Risk **register** link\nitem\n", StructuredText.ToPlainText("Risk \\*\\*register\\*\\* [link](https://x.org)\n\n- item"));
    }

    [Fact]
    public void Parse_VeryLongText_IsLinearEnough()
    {
        var text = string.Join("\n\n", Enumerable.Repeat("Paragraph with **bold** and *italic* and [a link](https://example.org).", 2_000));

        var blocks = StructuredText.Parse(text);

        Assert.Equal(2_000, blocks.Count);
    }
}

public sealed class CleanTextTests
{
    [Fact]
    public void Multiline_ControlAndBidiCharacters_AreRemovedAndLineEndingsNormalised()
    {
        var cleaned = CleanText.Multiline("a\u0000b\u0007c\u202Ed\u2066e\uFEFF\r\n\r\n\r\n\r\nnext   \rline\t!");

        Assert.Equal("abcde\n\nnext\nline !", cleaned);
    }

    [Fact]
    public void Multiline_EmojiAccentsAndRightToLeft_AreKept()
    {
        const string text = "café 👩🏽‍💼 مرحبا ñ";

        Assert.Equal(text, CleanText.Multiline(text));
    }

    [Fact]
    public void Multiline_DecomposedAccents_AreComposed()
    {
        Assert.Equal("caf\u00E9", CleanText.Multiline("cafe\u0301"));
    }

    [Fact]
    public void Multiline_LoneSurrogate_IsReplaced()
    {
        var cleaned = CleanText.Multiline("a\uD800b");

        Assert.Equal("a\uFFFDb", cleaned);
        Assert.True(Encoding.UTF8.GetBytes(cleaned).Length > 0);
    }

    [Fact]
    public void SingleLine_NewLinesAndRuns_BecomeOneSpace()
    {
        Assert.Equal("Risk management", CleanText.SingleLine("  Risk\r\n \t management \n"));
        Assert.Null(CleanText.OptionalLine(" \u0000 \n"));
    }
}
