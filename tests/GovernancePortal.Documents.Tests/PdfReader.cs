using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovernancePortal.Documents.Tests;

/// <summary>Reads generated PDFs back with PdfPig.</summary>
internal static class PdfReader
{
    /// <summary>The words of each page, in reading order.</summary>
    public static List<List<string>> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList())];
    }

    /// <summary>The text of each page with words joined by single spaces.</summary>
    public static List<string> PageTexts(byte[] pdf) => [.. Words(pdf).Select(words => string.Join(' ', words))];

    /// <summary>
    /// Each page's words in content-stream (drawing) order: letters in stream order, split at spaces and wherever a
    /// letter does not continue the previous one (a new text run). Unlike GetWords, this does not depend on how a
    /// reader orders side-by-side columns.
    /// </summary>
    public static List<List<string>> StreamWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var result = new List<List<string>>();
        foreach (var page in document.GetPages())
        {
            var words = new List<string>();
            var current = new System.Text.StringBuilder();
            Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                var continues = previous is not null
                    && Math.Abs(previous.EndBaseLine.Y - letter.StartBaseLine.Y) < 0.5
                    && Math.Abs(previous.EndBaseLine.X - letter.StartBaseLine.X) < 0.5;
                if (!continues || string.IsNullOrWhiteSpace(letter.Value))
                {
                    Flush();
                }

                if (!string.IsNullOrWhiteSpace(letter.Value))
                {
                    current.Append(letter.Value);
                }

                previous = letter;
            }

            Flush();
            result.Add(words);

            void Flush()
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
        }

        return result;
    }

    public static List<Word> WordBoxes(byte[] pdf, int pageNumber)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(pageNumber).GetWords()];
    }
}

/// <summary>Small compositions shared by tests.</summary>
internal static class Compose
{
    public static readonly DateTimeOffset FixedDate = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    /// <summary>An A4 document with 50 pt margins whose content is composed by <paramref name="content"/>.</summary>
    public static Document Simple(Action<Container> content, Action<PageDescriptor>? page = null) => Document.Create(doc =>
    {
        doc.Metadata(m => m.CreationDate = FixedDate);
        doc.Page(p =>
        {
            p.Margin(50);
            page?.Invoke(p);
            content(p.Content());
        });
    });

    public static string Words(int count, string prefix = "word") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));
}
