using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Papers;

public sealed class PaperSnapshotTests
{
    private static SnapshotSection S(string key, params string[] lines) => new(key, $"{key}. Heading", lines);

    [Fact]
    public void Compare_SameVersions_NothingChanged()
    {
        var diffs = PaperSnapshot.Compare([S("A", "one", "two")], [S("A", "one", "two")]);

        var diff = Assert.Single(diffs);
        Assert.False(diff.Changed || diff.Added || diff.Removed);
        Assert.All(diff.Lines, l => Assert.Equal(LineChange.Same, l.Change));
    }

    [Fact]
    public void Compare_LineEdited_MarksRemovedThenAddedBetweenSameLines()
    {
        var diff = Assert.Single(PaperSnapshot.Compare([S("A", "one", "two", "three")], [S("A", "one", "2", "three")]));

        Assert.True(diff.Changed);
        Assert.Equal(
            [(LineChange.Same, "one"), (LineChange.Removed, "two"), (LineChange.Added, "2"), (LineChange.Same, "three")],
            diff.Lines.Select(l => (l.Change, l.Text)));
    }

    [Fact]
    public void Compare_LinesInsertedAndDeleted_KeepsTheLongestCommonLines()
    {
        var lines = PaperSnapshot.Lines(["a", "b", "c", "d"], ["b", "x", "c", "d", "e"]);

        Assert.Equal(
            [(LineChange.Removed, "a"), (LineChange.Same, "b"), (LineChange.Added, "x"), (LineChange.Same, "c"), (LineChange.Same, "d"), (LineChange.Added, "e")],
            lines.Select(l => (l.Change, l.Text)));
    }

    [Fact]
    public void Compare_SectionAddedAndRemoved_AreFlaggedInPlace()
    {
        var diffs = PaperSnapshot.Compare([S("A", "a"), S("B", "b"), S("C", "c")], [S("A", "a"), S("C", "c"), S("D", "d")]);

        Assert.Equal(["A. Heading", "B. Heading", "C. Heading", "D. Heading"], diffs.Select(d => d.Title));
        Assert.True(diffs[1].Removed);
        Assert.Equal(LineChange.Removed, Assert.Single(diffs[1].Lines).Change);
        Assert.True(diffs[3].Added);
        Assert.Equal(LineChange.Added, Assert.Single(diffs[3].Lines).Change);
        Assert.False(diffs[0].Changed || diffs[2].Changed);
    }

    [Fact]
    public void Compare_FirstSectionRemoved_ComesFirst()
    {
        var diffs = PaperSnapshot.Compare([S("A", "a"), S("B", "b")], [S("B", "b")]);

        Assert.True(diffs[0].Removed);
        Assert.Equal("B. Heading", diffs[1].Title);
    }

    [Fact]
    public void Compare_HeadingRenamedWithSameKey_IsChangedNotAddedAndRemoved()
    {
        var diff = Assert.Single(PaperSnapshot.Compare([S("A", "a")], [new SnapshotSection("a", "A. New heading", ["a"])]));

        Assert.True(diff.Changed);
        Assert.False(diff.Added || diff.Removed);
    }

    [Fact]
    public void Compare_EmptyOlder_EverySectionAdded() =>
        Assert.All(PaperSnapshot.Compare([], [S("A", "a"), S("B")]), d => Assert.True(d.Added));

    [Fact]
    public void Serialize_ThenRead_GivesTheSectionsLines()
    {
        var document = new PaperDocument(1, PaperKind.CodeOfGovernance, "MPS", "Met", "Code", null, null, PaperStatus.Draft, 1, null, null, null,
            [new DocSection("p1-section-a", 3, "A", "Scope", [DocParagraph.Of("Hello"), new DocHeading("Sub", 4)])]);

        var section = Assert.Single(PaperSnapshot.Read(PaperSnapshot.Serialize(document)));

        Assert.Equal(("A", "A. Scope"), (section.Key, section.Title));
        Assert.Equal(["Hello", "Sub"], section.Lines);
    }
}
