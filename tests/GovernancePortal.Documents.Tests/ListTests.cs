namespace GovernancePortal.Documents.Tests;

public sealed class ListTests
{
    [Fact]
    public void List_NestedDecimalAndAlpha_NumbersItemsLikeOneDotOneAndA()
    {
        var pdf = Compose.Simple(c => c.List(list =>
        {
            list.Decimal();
            list.Item().Column(col =>
            {
                col.Item().Text("First");
                col.Item().List(sub =>
                {
                    sub.Decimal();
                    sub.Item("Nested one");
                    sub.Item().Column(inner =>
                    {
                        inner.Item().Text("Nested two");
                        inner.Item().List(alpha =>
                        {
                            alpha.LowerAlpha();
                            alpha.Item("Letter a");
                            alpha.Item("Letter b");
                        });
                    });
                });
            });
            list.Item("Second");
        })).GeneratePdf();

        Assert.Equal(
            "1. First 1.1. Nested one 1.2. Nested two a. Letter a b. Letter b 2. Second",
            PdfReader.PageTexts(pdf)[0]);
    }

    [Fact]
    public void List_WrappedItem_UsesHangingIndentAlignedWithFirstLineText()
    {
        var pdf = Compose.Simple(c => c.List(list => list.Item(Compose.Words(60))));

        var words = PdfReader.WordBoxes(pdf.GeneratePdf(), 1);
        var bullet = words.First();
        var lines = words.Skip(1).GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => g.Min(w => w.BoundingBox.Left)).ToList();
        Assert.Equal("•", bullet.Text);
        Assert.True(lines.Count >= 3);
        Assert.All(lines, left => Assert.Equal(lines[0], left, 1));
        Assert.True(lines[0] > bullet.BoundingBox.Right + 2);
    }

    [Fact]
    public void List_BulletsNested_UseBulletThenDash()
    {
        var pdf = Compose.Simple(c => c.List(list =>
        {
            list.Item().Column(col =>
            {
                col.Item().Text("Outer");
                col.Item().List(sub => sub.Item("Inner"));
            });
        })).GeneratePdf();

        Assert.Equal("• Outer – Inner", PdfReader.PageTexts(pdf)[0]);
    }
}
