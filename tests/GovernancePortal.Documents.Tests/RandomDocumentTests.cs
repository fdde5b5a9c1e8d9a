using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents.Tests;

/// <summary>
/// Random mixes of paragraphs, headings, lists, tables, ShowEntire blocks, page breaks and fixed-height boxes.
/// Every document must either lay out with every content word read back exactly once and in order, or fail
/// with a LayoutException; never loop, drop or repeat content.
/// </summary>
public sealed class RandomDocumentTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_RandomContent_ReadsBackEveryWordOnceInOrderOrThrowsLayoutError(int seed)
    {
        var random = new Random(seed);
        var expected = new List<string>();
        var next = 0;
        string Words(int count)
        {
            var words = Enumerable.Range(0, count).Select(_ => $"t{next++}").ToArray();
            expected.AddRange(words);
            return string.Join(' ', words);
        }

        var document = Compose.Simple(
            c => c.Column(col =>
            {
                col.Spacing(random.Next(0, 8));
                var items = random.Next(5, 30);
                for (var i = 0; i < items; i++)
                {
                    switch (random.Next(8))
                    {
                        case 0:
                            col.Item().KeepWithNext().Text(Words(random.Next(1, 4))).FontSize(14).Bold();
                            break;
                        case 1:
                            var justify = random.Next(2) == 0;
                            var text = col.Item().Text(Words(random.Next(1, 300)));
                            if (justify)
                            {
                                text.Justify();
                            }

                            break;
                        case 2:
                            col.Item().List(list =>
                            {
                                if (random.Next(2) == 0)
                                {
                                    list.Decimal();
                                }

                                var count = random.Next(1, 8);
                                for (var k = 0; k < count; k++)
                                {
                                    list.Item(Words(random.Next(1, 30)));
                                }
                            });
                            break;
                        case 3:
                            var columns = random.Next(1, 5);
                            col.Item().Table(table =>
                            {
                                table.ColumnsDefinition(d =>
                                {
                                    for (var k = 0; k < columns; k++)
                                    {
                                        d.RelativeColumn(random.Next(1, 4));
                                    }
                                });
                                table.Header(h =>
                                {
                                    for (var k = 0; k < columns; k++)
                                    {
                                        h.Cell().Background(Color.LightGrey).Padding(2).Text($"h{k}");
                                    }
                                });
                                var rows = random.Next(0, 40);
                                for (var r = 0; r < rows * columns; r++)
                                {
                                    table.Cell().BorderBottom(0.5f).Padding(2).Text(Words(random.Next(1, random.Next(2) == 0 ? 6 : 60)));
                                }
                            });
                            break;
                        case 4:
                            col.Item().ShowEntire().Text(Words(random.Next(1, 150)));
                            break;
                        case 5:
                            col.Item().PageBreak();
                            break;
                        case 6:
                            col.Item().Height(random.Next(5, 800)).Text(Words(1));
                            break;
                        default:
                            col.Item().Row(row =>
                            {
                                row.ConstantItem(80).Text(Words(random.Next(1, 10)));
                                row.RelativeItem().Text(Words(random.Next(1, 120)));
                            });
                            break;
                    }
                }
            }),
            page => page.Footer().AlignCenter().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            }));

        GeneratedDocument result;
        try
        {
            result = document.Generate();
        }
        catch (LayoutException error)
        {
            Assert.Contains("Page set 1 / Content", error.ElementPath, StringComparison.Ordinal);
            return;
        }

        if (Environment.GetEnvironmentVariable("DOCUMENTS_SAMPLE_OUT") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllBytes(Path.Combine(dump, $"random-{seed}.pdf"), result.Pdf);
        }

        var pages = PdfReader.StreamWords(result.Pdf);
        Assert.Equal(result.PageCount, pages.Count);
        Assert.Equal(expected, pages.SelectMany(p => p).Where(w => w.Length > 1 && w[0] == 't' && char.IsDigit(w[1])));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(["Page", $"{i + 1}", "of", $"{pages.Count}"], pages[i].TakeLast(4));
        }
    }
}
