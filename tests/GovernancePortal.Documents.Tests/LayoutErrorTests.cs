using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents.Tests;

public sealed class LayoutErrorTests
{
    [Fact]
    public void Generate_ElementTallerThanEmptyPage_ThrowsLayoutErrorNamingElementPath()
    {
        var document = Compose.Simple(c => c.Column(col =>
        {
            col.Item().Text("Fine");
            col.Item().Padding(5).Height(2000).Text("Too tall");
        }));

        var error = Assert.Throws<LayoutException>(() => document.Generate());

        Assert.Contains("Page set 1 / Content", error.ElementPath, StringComparison.Ordinal);
        Assert.Contains("Item 2", error.ElementPath, StringComparison.Ordinal);
        Assert.EndsWith("Item 2 Padding / Constrained (height 2000)", error.ElementPath, StringComparison.Ordinal);
        Assert.Contains(error.ElementPath, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.PageNumber);
    }

    [Fact]
    public void Generate_ShowEntireBlockLargerThanPage_ThrowsInsteadOfLoopingForever()
    {
        var document = Compose.Simple(c => c.Column(col =>
        {
            col.Item().Text("Intro");
            col.Item().ShowEntire().Text(Compose.Words(5000));
        }));

        var error = Assert.Throws<LayoutException>(() => document.Generate());

        Assert.Contains("ShowEntire", error.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_CharacterWiderThanItsColumn_ThrowsNamingTheText()
    {
        var document = Compose.Simple(c => c.Row(row =>
        {
            row.ConstantItem(2).Text("Wide");
            row.RelativeItem().Text("Rest");
        }));

        var error = Assert.Throws<LayoutException>(() => document.Generate());

        Assert.Contains("Text \"Wide\"", error.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_TableRowTallerThanPageInFixedHeightCell_ThrowsNamingTheCell()
    {
        var document = Compose.Simple(c => c.Table(t =>
        {
            t.ColumnsDefinition(d => d.RelativeColumn());
            t.Cell().Text("Row one");
            t.Cell().Height(900).Text("Row two");
        }));

        var error = Assert.Throws<LayoutException>(() => document.Generate());

        Assert.Contains("Row 2 Cell 1", error.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_TwoContentCallsOnOneContainer_ThrowsInvalidOperation()
    {
        var document = Compose.Simple(c =>
        {
            c.Text("One");
            c.Text("Two");
        });

        Assert.Throws<InvalidOperationException>(() => document.Generate());
    }

    [Fact]
    public void Generate_LinkToUnknownSection_ThrowsNamingTheSection()
    {
        var document = Compose.Simple(c => c.Text(t => t.SectionLink("see", "missing")));

        var error = Assert.Throws<InvalidOperationException>(() => document.Generate());

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }
}
