namespace GovernancePortal.Documents.Text;

/// <summary>
/// Greedy line breaking over a paragraph's characters with precomputed advances. Breaks after spaces,
/// after hyphens/dashes/slashes inside words, at explicit newlines, and inside a word only when the word
/// alone is wider than the line.
/// </summary>
internal static class LineBreaker
{
    private const float Epsilon = 0.001f;

    /// <summary>Ranges of lines for a width; <paramref name="unfit"/> is set when a single character is wider than the line.</summary>
    public static List<(int Start, int End, int Next, float Width, bool EndsParagraph)> Break(string text, ReadOnlySpan<float> advances, float maxWidth, out bool unfit)
    {
        unfit = false;
        var lines = new List<(int, int, int, float, bool)>();
        var n = text.Length;
        var position = 0;
        while (true)
        {
            var start = position;
            var x = 0f;
            var contentEnd = start;
            var contentWidth = 0f;
            var breakNext = -1;
            var breakEnd = -1;
            var breakWidth = 0f;
            var j = start;
            int end, next;
            float width;
            var endsParagraph = false;
            var finished = false;
            while (true)
            {
                if (j >= n)
                {
                    (end, next, width, endsParagraph, finished) = (contentEnd, n, contentWidth, true, true);
                    break;
                }

                var c = text[j];
                if (c == '\n')
                {
                    (end, next, width, endsParagraph) = (contentEnd, j + 1, contentWidth, true);
                    break;
                }

                var advance = advances[j];
                if (c == ' ')
                {
                    x += advance;
                    j++;
                    if (contentEnd > start)
                    {
                        (breakNext, breakEnd, breakWidth) = (j, contentEnd, contentWidth);
                    }

                    continue;
                }

                if (x + advance > maxWidth + Epsilon && !char.IsLowSurrogate(c))
                {
                    if (breakNext > start)
                    {
                        (end, next, width) = (breakEnd, breakNext, breakWidth);
                        break;
                    }

                    if (contentEnd > start)
                    {
                        // A word longer than the line: split it where it overflows.
                        (end, next, width) = (j, j, contentWidth);
                        break;
                    }

                    // Nothing on the line yet and this character alone does not fit.
                    unfit = true;
                }

                x += advance;
                j++;
                if (j < n && char.IsLowSurrogate(text[j]))
                {
                    x += advances[j];
                    j++;
                }

                contentEnd = j;
                contentWidth = x;
                // Break after a hyphen, dash or slash, but not between digits: "2016/17", "2018-21" and "IA2-01" stay whole.
                if (c is '-' or '\u2013' or '\u2014' or '/' && j < n && text[j] is not (' ' or '\n')
                    && !(char.IsAsciiDigit(text[j]) && j >= 2 && char.IsAsciiDigit(text[j - 2])))
                {
                    (breakNext, breakEnd, breakWidth) = (j, j, x);
                }
            }

            lines.Add((start, end, next, width, endsParagraph));
            if (finished)
            {
                return lines;
            }

            position = next;
        }
    }
}
