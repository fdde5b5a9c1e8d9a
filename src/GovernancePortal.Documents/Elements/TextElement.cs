using System.Buffers;
using System.Globalization;
using GovernancePortal.Documents.Layout;
using GovernancePortal.Documents.Text;

namespace GovernancePortal.Documents.Elements;

/// <summary>
/// A paragraph of styled spans. Lines are broken once per width and cached; the element remembers the next
/// line to draw, so a paragraph continues line by line on the next page.
/// </summary>
internal sealed class TextElement : Element
{
    private const float Epsilon = 0.01f;

    private ResolvedRun[] _runs = [];
    private bool _dynamic;
    private string _text = string.Empty;
    private bool _built;
    private int[] _runStarts = [0];
    private float _cachedWidth = float.NaN;
    private TextLine[] _lines = [];
    private bool _unfit;
    private float _otherWidth = float.NaN;
    private TextLine[] _otherLines = [];
    private bool _otherUnfit;
    private int _currentLine;

    public List<TextSpanSpec> Spans { get; } = [];

    public TextAlignment Alignment { get; set; } = TextAlignment.Left;

    public float ParagraphSpacing { get; set; }

    /// <summary>Style applied under every span of this paragraph (set by Text(...).Style or DefaultTextStyle).</summary>
    public TextStyle ParagraphStyle { get; set; } = TextStyle.Default;

    public override void Prepare(PrepareContext context)
    {
        var inherited = ParagraphStyle.InheritFrom(context.CurrentStyle);
        _runs = new ResolvedRun[Spans.Count];
        for (var i = 0; i < Spans.Count; i++)
        {
            var span = Spans[i];
            var style = context.Resolve(span.Style.InheritFrom(inherited));
            _runs[i] = new ResolvedRun(span, style);
            _dynamic |= span.Kind != SpanKind.Static;
            if (span.Kind is SpanKind.TotalPages or SpanKind.SectionPage)
            {
                context.NeedsPageReferences = true;
            }

            if (span.SectionId is not null)
            {
                context.ReferencedSections.Add(span.SectionId);
            }

            if (span.SectionLink is not null)
            {
                context.ReferencedSections.Add(span.SectionLink);
            }
        }

        if (!_dynamic)
        {
            Build(null);
        }
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var lines = Lines(available.Width, context);
        if (lines.Length == 0)
        {
            return SpacePlan.Empty;
        }

        if (_unfit)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        var (count, height, width) = Fit(lines, available.Height, context.RelaxPagination);
        if (count == 0)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        return _currentLine + count == lines.Length ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        var lines = Lines(available.Width, context);
        if (lines.Length == 0 || _unfit)
        {
            return;
        }

        var (count, _, _) = Fit(lines, available.Height, context.RelaxPagination);
        var canvas = context.Canvas;
        if (canvas.Recording && count > 0)
        {
            // Glyph advances are recomputed from the shared per-face cache rather than stored per character,
            // which keeps the live element tree small (less garbage-collector work on long documents).
            var advances = ArrayPool<float>.Shared.Rent(_text.Length);
            var variants = ArrayPool<byte>.Shared.Rent(_text.Length);
            try
            {
                FillGlyphs(advances, variants);
                var top = 0f;
                for (var i = _currentLine; i < _currentLine + count; i++)
                {
                    var line = lines[i];
                    DrawLine(line, top, available.Width, canvas, isLast: i == lines.Length - 1, advances, variants);
                    top += line.Height + line.SpacingAfter;
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(advances);
                ArrayPool<byte>.Shared.Return(variants);
            }
        }

        context.Progress += count;
        _currentLine += count;
        if (_currentLine >= lines.Length)
        {
            _currentLine = 0;
        }
    }

    protected override string Describe()
    {
        var preview = string.Concat(Spans.Where(s => s.Kind == SpanKind.Static).Select(s => s.Text)).ReplaceLineEndings(" ");
        return preview.Length > 40 ? $"Text \"{preview[..40]}…\"" : $"Text \"{preview}\"";
    }

    /// <summary>
    /// How many of the remaining lines fit. A split never leaves one line of a paragraph alone at the bottom of a
    /// page (orphan) or at the top of the next (widow) unless <paramref name="relaxed"/>.
    /// </summary>
    private (int Count, float Height, float Width) Fit(TextLine[] lines, float availableHeight, bool relaxed)
    {
        var count = 0;
        var used = 0f;
        for (var i = _currentLine; i < lines.Length; i++)
        {
            used += lines[i].Height;
            if (used > availableHeight + Epsilon)
            {
                break;
            }

            used += lines[i].SpacingAfter;
            count++;
        }

        var remaining = lines.Length - _currentLine;
        if (!relaxed && count < remaining)
        {
            if (remaining - count == 1)
            {
                count = count >= 3 ? count - 1 : 0;
            }
            else if (count == 1)
            {
                count = 0;
            }
        }

        var height = 0f;
        var width = 0f;
        for (var i = _currentLine; i < _currentLine + count; i++)
        {
            height += lines[i].Height + lines[i].SpacingAfter;
            width = Math.Max(width, lines[i].Width);
        }

        if (count > 0)
        {
            // Spacing after the last placed line is not part of the occupied space.
            height -= lines[_currentLine + count - 1].SpacingAfter;
        }

        return (count, Math.Max(height, 0), width);
    }

    private TextLine[] Lines(float width, LayoutContext context)
    {
        if (_dynamic)
        {
            Build(context);
        }

        if (width != _cachedWidth)
        {
            // Two cached widths: e.g. an aligned paragraph is measured at the offered width, drawn at its own.
            (_otherWidth, _cachedWidth) = (_cachedWidth, _otherWidth);
            (_otherLines, _lines) = (_lines, _otherLines);
            (_otherUnfit, _unfit) = (_unfit, _otherUnfit);
            if (width != _cachedWidth)
            {
                _lines = BreakLines(width);
                _cachedWidth = width;
            }
        }

        return _lines;
    }

    /// <summary>Flattens the spans into one string and records where each run starts.</summary>
    private void Build(LayoutContext? context)
    {
        var texts = new string[_runs.Length];
        for (var i = 0; i < _runs.Length; i++)
        {
            texts[i] = _runs[i].Spec.Kind switch
            {
                SpanKind.Static => _runs[i].Spec.Text,
                SpanKind.PageNumber => Number(context?.PageNumber ?? 0),
                SpanKind.TotalPages => Number(context?.Inputs.TotalPages ?? context?.PageNumber ?? 0),
                SpanKind.SectionPage => Number(context is not null && context.Inputs.SectionPages.TryGetValue(_runs[i].Spec.SectionId!, out var page) ? page : 0),
                _ => string.Empty,
            };
        }

        var text = string.Concat(texts);
        if (_built && string.Equals(text, _text, StringComparison.Ordinal))
        {
            return;
        }

        _built = true;
        _text = text;
        _runStarts = new int[texts.Length + 1];
        var k = 0;
        for (var r = 0; r < texts.Length; r++)
        {
            _runStarts[r] = k;
            k += texts[r].Length;
        }

        _runStarts[texts.Length] = k;
        _cachedWidth = float.NaN;
        _otherWidth = float.NaN;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Per-character advance (points) and font variant, from the faces' cached metrics.</summary>
    private void FillGlyphs(Span<float> advances, Span<byte> variants)
    {
        var text = _text;
        for (var r = 0; r < _runs.Length; r++)
        {
            var style = _runs[r].Style;
            var face = style.Face;
            var size = style.Size;
            for (var k = _runStarts[r]; k < _runStarts[r + 1]; k++)
            {
                int codePoint = text[k];
                if (char.IsHighSurrogate(text[k]) && k + 1 < _runStarts[r + 1] && char.IsLowSurrogate(text[k + 1]))
                {
                    codePoint = char.ConvertToUtf32(text[k], text[k + 1]);
                }
                else if (char.IsLowSurrogate(text[k]) && k > _runStarts[r] && char.IsHighSurrogate(text[k - 1]))
                {
                    advances[k] = 0;
                    if (!variants.IsEmpty)
                    {
                        variants[k] = variants[k - 1];
                    }

                    continue;
                }

                var (advance, variant) = face.Glyph(codePoint);
                advances[k] = advance * size;
                if (!variants.IsEmpty)
                {
                    variants[k] = variant;
                }
            }
        }
    }

    private TextLine[] BreakLines(float maxWidth)
    {
        if (_runs.Length == 0)
        {
            return [];
        }

        var advances = ArrayPool<float>.Shared.Rent(_text.Length);
        List<(int Start, int End, int Next, float Width, bool EndsParagraph)> ranges;
        try
        {
            FillGlyphs(advances, []);
            ranges = LineBreaker.Break(_text, advances.AsSpan(0, _text.Length), maxWidth, out _unfit);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(advances);
        }

        var lines = new TextLine[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end, next, width, endsParagraph) = ranges[i];
            var (height, baseline) = VerticalMetrics(start, end);
            var spacing = endsParagraph && i < ranges.Count - 1 ? ParagraphSpacing : 0f;
            lines[i] = new TextLine(start, end, next, width, height, baseline, endsParagraph, spacing);
        }

        return lines;
    }

    /// <summary>Line box as in CSS: each run's box is its font size times its line height, centred on the text (half-leading).</summary>
    private (float Height, float Baseline) VerticalMetrics(int start, int end)
    {
        var above = 0f;
        var below = 0f;
        var first = _text.Length == 0 ? 0 : RunAt(Math.Min(start, _text.Length - 1));
        var last = end > start ? RunAt(end - 1) : first;
        for (var r = first; r <= last; r++)
        {
            var style = _runs[r].Style;
            var ascent = style.Face.Ascent * style.Size;
            var descent = style.Face.Descent * style.Size;
            var box = style.Size * style.LineHeight;
            var runAbove = ((box - (ascent + descent)) / 2) + ascent;
            above = Math.Max(above, runAbove);
            below = Math.Max(below, box - runAbove);
        }

        return (above + below, above);
    }

    private void DrawLine(TextLine line, float top, float availableWidth, Rendering.PageCanvas canvas, bool isLast, float[] advances, byte[] variants)
    {
        var justify = Alignment == TextAlignment.Justify && !line.EndsParagraph && !isLast;
        var extra = 0f;
        if (justify)
        {
            var spaces = 0;
            for (var k = line.Start; k < line.End; k++)
            {
                if (_text[k] == ' ')
                {
                    spaces++;
                }
            }

            extra = spaces > 0 ? (availableWidth - line.Width) / spaces : 0f;
            justify = spaces > 0;
        }

        var x = Alignment switch
        {
            TextAlignment.Center => (availableWidth - line.Width) / 2,
            TextAlignment.Right => availableWidth - line.Width,
            _ => 0f,
        };
        var baseline = top + line.Baseline;
        var segmentStart = line.Start;
        var segmentX = x;
        var run = RunAt(Math.Min(line.Start, Math.Max(_text.Length - 1, 0)));
        var segmentRun = run;
        for (var k = line.Start; k <= line.End; k++)
        {
            if (k < line.End)
            {
                while (k >= _runStarts[run + 1])
                {
                    run++;
                }
            }

            var boundary = k == line.End
                || run != segmentRun
                || variants[k] != variants[segmentStart]
                || (justify && (_text[k] == ' ') != (_text[segmentStart] == ' '));
            if (boundary && k > segmentStart)
            {
                DrawSegment(canvas, segmentRun, variants[segmentStart], segmentStart, k, segmentX, x - segmentX, top, line, baseline, skipText: justify && _text[segmentStart] == ' ');
                segmentStart = k;
                segmentX = x;
                segmentRun = run;
            }

            if (k < line.End)
            {
                x += advances[k] + (justify && _text[k] == ' ' ? extra : 0f);
            }
        }
    }

    private void DrawSegment(Rendering.PageCanvas canvas, int runIndex, byte variant, int start, int end, float x, float width, float top, TextLine line, float baseline, bool skipText)
    {
        var run = _runs[runIndex];
        var style = run.Style;

        // Justified lines draw word by word (spaces widened between runs). Skia's positioned-glyph text would
        // be one run per line but writes a PDF move per glyph, making files ~60% larger.
        if (!skipText)
        {
            canvas.Text(style.Face.Variant(variant), style.Size, style.Color, _text, start, end - start, x, baseline);
        }

        if (style.Underline)
        {
            var y = baseline + (style.Face.UnderlinePosition * style.Size);
            canvas.Line(x, y, x + width, y, Math.Max(style.Face.UnderlineThickness * style.Size, 0.5f), style.Color);
        }

        if (run.Spec.Url is { } url)
        {
            canvas.UrlLink(x, top, width, line.Height, url);
        }
        else if (run.Spec.SectionLink is { } section)
        {
            canvas.InternalLink(x, top, width, line.Height, section);
        }
    }

    /// <summary>The run containing character <paramref name="index"/> (runs are few; empty runs are skipped).</summary>
    private int RunAt(int index)
    {
        for (var r = 0; r < _runs.Length - 1; r++)
        {
            if (index < _runStarts[r + 1])
            {
                return r;
            }
        }

        return _runs.Length - 1;
    }

    private readonly record struct ResolvedRun(TextSpanSpec Spec, ResolvedStyle Style);
}
