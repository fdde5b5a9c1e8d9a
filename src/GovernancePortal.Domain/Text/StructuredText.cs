using System.Text;

namespace GovernancePortal.Domain.Text;

/// <summary>
/// The one format for long text in the portal (key controls, AGS review text, commitments): a small, fixed subset of
/// Markdown that staff can type in a text box and that renders the same on screen, in HTML and PDF papers and in Word.
/// <list type="bullet">
/// <item>Paragraphs are separated by a blank line; lines within a paragraph are joined.</item>
/// <item><c>- item</c> (or <c>* item</c>) is a bullet; <c>1. item</c> is numbered; two spaces of indent nest a list.</item>
/// <item><c>**strong**</c>, <c>*emphasis*</c> and <c>[text](https://…)</c> links (http, https and mailto only).</item>
/// <item>A backslash keeps the next punctuation character literal: <c>\*</c>.</item>
/// </list>
/// Anything else (HTML tags included) is plain text: it is stored as typed and always shown encoded, never as markup.
/// </summary>
public static class StructuredText
{
    /// <summary>How the format is explained beside text boxes.</summary>
    public const string Hint =
        "Leave a blank line between paragraphs. Start a line with \"- \" for a bullet or \"1. \" for a numbered item. " +
        "Use **two asterisks** for bold, *one* for emphasis and [link text](https://example.org) for a link.";

    public static IReadOnlyList<TextBlock> Parse(string? text)
    {
        var blocks = new List<TextBlock>();
        var paragraph = new List<string>();
        var lists = new Stack<(int Indent, TextList List)>();

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new TextParagraph(ParseInline(string.Join(' ', paragraph))));
                paragraph.Clear();
            }
        }

        foreach (var raw in CleanText.Multiline(text).Split('\n'))
        {
            if (raw.Length == 0)
            {
                EndParagraph();
                lists.Clear();
                continue;
            }

            var indent = raw.Length - raw.TrimStart(' ').Length;
            var line = raw.Trim();
            if (TryListMarker(line, out var ordered, out var number, out var content))
            {
                EndParagraph();
                while (lists.Count > 0 && (indent < lists.Peek().Indent || (indent == lists.Peek().Indent && lists.Peek().List.Ordered != ordered)))
                {
                    var popped = lists.Pop();
                    if (indent == popped.Indent && lists.Count == 0)
                    {
                        break;
                    }
                }

                if (lists.Count == 0 || indent > lists.Peek().Indent)
                {
                    var list = new TextList(ordered, number);
                    if (lists.Count == 0)
                    {
                        blocks.Add(list);
                    }
                    else
                    {
                        lists.Peek().List.Items[^1].Children.Add(list);
                    }

                    lists.Push((indent, list));
                }

                lists.Peek().List.Items.Add(new TextListItem(ParseInline(content)));
                continue;
            }

            if (lists.Count > 0)
            {
                // A continuation line of the last list item.
                var item = lists.Peek().List.Items[^1];
                item.Runs.Add(new TextRun(" "));
                item.Runs.AddRange(ParseInline(line));
                continue;
            }

            paragraph.Add(line);
        }

        EndParagraph();
        return blocks;
    }

    /// <summary>The words only, for search and summaries.</summary>
    public static string ToPlainText(string? text)
    {
        var result = new StringBuilder();
        foreach (var block in Parse(text))
        {
            if (result.Length > 0)
            {
                result.Append('\n');
            }

            AppendPlain(result, block);
        }

        return result.ToString();
    }

    /// <summary>What is wrong with the text as structured text, written for the person typing it (empty if nothing).</summary>
    public static IReadOnlyList<string> FindProblems(string? text)
    {
        var problems = new List<string>();
        foreach (var link in LinkTargets(text))
        {
            if (!IsSafeLink(link))
            {
                problems.Add($"Links must start with https://, http:// or mailto: (\"{(link.Length > 40 ? link[..40] + "…" : link)}\" does not)");
                break;
            }
        }

        return problems;
    }

    public static bool IsSafeLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto" && !url.Any(char.IsWhiteSpace);

    internal static List<TextRun> ParseInline(string text)
    {
        var runs = new List<TextRun>();
        ParseInline(text, 0, text.Length, false, false, null, runs);
        return runs;
    }

    private static void ParseInline(string s, int start, int end, bool strong, bool emphasis, string? link, List<TextRun> runs)
    {
        var buffer = new StringBuilder();
        void Flush()
        {
            if (buffer.Length > 0)
            {
                runs.Add(new TextRun(buffer.ToString(), strong, emphasis, link));
                buffer.Clear();
            }
        }

        var i = start;
        while (i < end)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < end && char.IsPunctuation(s[i + 1]) || c == '\\' && i + 1 < end && char.IsSymbol(s[i + 1]))
            {
                buffer.Append(s[i + 1]);
                i += 2;
                continue;
            }

            if (c == '*' && i + 1 < end && s[i + 1] == '*')
            {
                var close = IndexOf(s, "**", i + 2, end);
                if (close > i + 2)
                {
                    Flush();
                    ParseInline(s, i + 2, close, true, emphasis, link, runs);
                    i = close + 2;
                    continue;
                }
            }
            else if (c == '*')
            {
                var close = SingleStar(s, i + 1, end);
                if (close > i + 1 && !char.IsWhiteSpace(s[i + 1]))
                {
                    Flush();
                    ParseInline(s, i + 1, close, strong, true, link, runs);
                    i = close + 1;
                    continue;
                }
            }
            else if (c == '[' && link is null)
            {
                var middle = IndexOf(s, "](", i + 1, end);
                var close = middle < 0 ? -1 : s.IndexOf(')', middle + 2, end - middle - 2);
                if (middle > i + 1 && close > middle + 2)
                {
                    var url = s[(middle + 2)..close].Trim();
                    if (IsSafeLink(url))
                    {
                        Flush();
                        ParseInline(s, i + 1, middle, strong, emphasis, url, runs);
                        i = close + 1;
                        continue;
                    }
                }
            }

            buffer.Append(c);
            i++;
        }

        Flush();
    }

    private static int IndexOf(string s, string value, int start, int end)
    {
        var found = start <= end ? s.IndexOf(value, start, end - start, StringComparison.Ordinal) : -1;
        return found >= 0 && found + value.Length <= end ? found : -1;
    }

    private static int SingleStar(string s, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (s[j] == '\\')
            {
                j++;
            }
            else if (s[j] == '*')
            {
                if (j + 1 < end && s[j + 1] == '*')
                {
                    var close = IndexOf(s, "**", j + 2, end);
                    if (close < 0)
                    {
                        return -1;
                    }

                    j = close + 1;
                    continue;
                }

                return char.IsWhiteSpace(s[j - 1]) ? -1 : j;
            }
        }

        return -1;
    }

    private static bool TryListMarker(string line, out bool ordered, out int number, out string content)
    {
        ordered = false;
        number = 1;
        content = string.Empty;
        if (line.Length > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '•') && line[1] == ' ')
        {
            content = line[2..].TrimStart();
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && line.Length > digits + 2 && line[digits] is '.' or ')' && line[digits + 1] == ' ')
        {
            ordered = true;
            number = int.Parse(line.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
            content = line[(digits + 2)..].TrimStart();
            return true;
        }

        return false;
    }

    private static IEnumerable<string> LinkTargets(string? text)
    {
        var s = text ?? string.Empty;
        var index = 0;
        while ((index = s.IndexOf("](", index, StringComparison.Ordinal)) >= 0)
        {
            var close = s.IndexOf(')', index + 2);
            if (close < 0)
            {
                yield break;
            }

            yield return s[(index + 2)..close].Trim();
            index = close;
        }
    }

    private static void AppendPlain(StringBuilder result, TextBlock block)
    {
        switch (block)
        {
            case TextParagraph p:
                foreach (var run in p.Runs)
                {
                    result.Append(run.Text);
                }

                break;
            case TextList list:
                foreach (var item in list.Items)
                {
                    foreach (var run in item.Runs)
                    {
                        result.Append(run.Text);
                    }

                    result.Append('\n');
                    foreach (var child in item.Children)
                    {
                        AppendPlain(result, child);
                    }
                }

                break;
        }
    }
}

/// <summary>A paragraph or a list.</summary>
public abstract class TextBlock;

public sealed class TextParagraph(List<TextRun> runs) : TextBlock
{
    public List<TextRun> Runs { get; } = runs;
}

public sealed class TextList(bool ordered, int start) : TextBlock
{
    public bool Ordered { get; } = ordered;

    /// <summary>The number of the first item of a numbered list.</summary>
    public int Start { get; } = start;

    public List<TextListItem> Items { get; } = [];
}

public sealed class TextListItem(List<TextRun> runs)
{
    public List<TextRun> Runs { get; } = runs;

    public List<TextList> Children { get; } = [];
}

/// <summary>A piece of text with one style; <see cref="Link"/> is always http, https or mailto.</summary>
public sealed record TextRun(string Text, bool Strong = false, bool Emphasis = false, string? Link = null);
