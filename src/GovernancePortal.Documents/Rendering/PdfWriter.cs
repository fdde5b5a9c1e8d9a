using System.Globalization;
using System.Text;
using GovernancePortal.Documents.Fonts;
using SkiaSharp;

namespace GovernancePortal.Documents.Rendering;

/// <summary>Renders recorded pages to a PDF with SkiaSharp's PDF backend.</summary>
internal static class PdfWriter
{
    public static byte[] Write(IReadOnlyList<RecordedPage> pages, DocumentMetadata metadata, FontLibrary fonts, IReadOnlyList<OutlineEntry>? outline = null)
    {
        var subsets = fonts.Options.SubsetFonts ? BuildSubsets(pages, fonts) : [];
        var fontCache = new Dictionary<(SKTypeface, float, bool, bool), SKFont>();
        var tiles = new Dictionary<uint, SKImage>();
        try
        {
            using var output = new MemoryStream();
            var created = (metadata.CreationDate ?? DateTimeOffset.UtcNow).UtcDateTime;
            var skMetadata = new SKDocumentPdfMetadata
            {
                Title = metadata.Title,
                Author = metadata.Author,
                Subject = metadata.Subject,
                Keywords = metadata.Keywords,
                Creator = metadata.Creator,
                Producer = metadata.Producer ?? "GovernancePortal.Documents",
                Creation = created,
                Modified = (metadata.ModifiedDate?.UtcDateTime) ?? created,
                RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
                EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
            };

            using (var document = SKDocument.CreatePdf(output, skMetadata))
            using (var paint = new SKPaint { IsAntialias = true })
            {
                foreach (var page in pages)
                {
                    var canvas = document.BeginPage(page.Size.Width, page.Size.Height);
                    foreach (var command in page.Commands)
                    {
                        Render(canvas, paint, command, subsets, fontCache, tiles);
                    }

                    document.EndPage();
                }

                document.Close();
            }

            var bytes = output.ToArray();
            return PdfCatalogPatch.Apply(bytes, metadata.Language, outline ?? []);
        }
        finally
        {
            foreach (var font in fontCache.Values)
            {
                font.Dispose();
            }

            foreach (var typeface in subsets.Values)
            {
                typeface.Dispose();
            }

            foreach (var tile in tiles.Values)
            {
                tile.Dispose();
            }
        }
    }

    private static void Render(SKCanvas canvas, SKPaint paint, in DrawCommand command, Dictionary<SKTypeface, SKTypeface> subsets, Dictionary<(SKTypeface, float, bool, bool), SKFont> fontCache, Dictionary<uint, SKImage> tiles)
    {
        switch (command.Kind)
        {
            case CommandKind.Text:
                {
                    var face = command.Face!;
                    var typeface = subsets.GetValueOrDefault(face.Typeface) ?? face.Typeface;
                    var key = (typeface, command.Size, face.FakeBold, face.FakeItalic);
                    if (!fontCache.TryGetValue(key, out var font))
                    {
                        font = FaceVariant.CreateFont(typeface, command.Size, face.FakeBold, face.FakeItalic);
                        fontCache[key] = font;
                    }

                    paint.Style = SKPaintStyle.Fill;
                    paint.Color = new SKColor(command.Color);
                    var text = ((string)command.Reference!).AsSpan(command.Start, command.Length);
                    using var blob = SKTextBlob.Create(text, font);
                    if (blob is not null)
                    {
                        canvas.DrawText(blob, command.X, command.Y, paint);
                    }

                    break;
                }

            case CommandKind.FillRect:
                paint.Style = SKPaintStyle.Fill;
                paint.Color = new SKColor(command.Color);
                canvas.DrawRect(command.X, command.Y, command.Width, command.Height, paint);
                break;
            case CommandKind.StrokeRect:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = command.Size;
                paint.Color = new SKColor(command.Color);
                canvas.DrawRect(command.X, command.Y, command.Width, command.Height, paint);
                break;
            case CommandKind.Line:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = command.Size;
                paint.Color = new SKColor(command.Color);
                canvas.DrawLine(command.X, command.Y, command.X + command.Width, command.Y + command.Height, paint);
                break;
            case CommandKind.DottedLine:
                {
                    // A tiling pattern of one dot (a few hundred bytes per leader) rather than a path per dot.
                    var spacing = 3f;
                    var tile = DotTile(command.Color, command.Size / spacing, tiles);
                    var scale = spacing / tile.Width;
                    var top = command.Y - (spacing / 2);
                    using var shader = SKShader.CreateImage(tile, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat, SKMatrix.Concat(SKMatrix.CreateTranslation(command.X, top), SKMatrix.CreateScale(scale, scale)));
                    paint.Style = SKPaintStyle.Fill;
                    paint.Color = SKColors.Black;
                    paint.Shader = shader;
                    var width = MathF.Floor(command.Width / spacing) * spacing;
                    canvas.DrawRect(command.X, top, width, spacing, paint);
                    paint.Shader = null;
                    break;
                }

            case CommandKind.Image:
                canvas.DrawImage((SKImage)command.Reference!, SKRect.Create(command.X, command.Y, command.Width, command.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
                break;
            case CommandKind.Picture:
                canvas.Save();
                canvas.ClipRect(SKRect.Create(command.X, command.Y, command.Width, command.Height));
                canvas.DrawPicture((SKPicture)command.Reference!, command.X, command.Y);
                canvas.Restore();
                break;
            case CommandKind.UrlLink:
                canvas.DrawUrlAnnotation(SKRect.Create(command.X, command.Y, command.Width, command.Height), (string)command.Reference!)?.Dispose();
                break;
            case CommandKind.InternalLink:
                canvas.DrawLinkDestinationAnnotation(SKRect.Create(command.X, command.Y, command.Width, command.Height), (string)command.Reference!)?.Dispose();
                break;
            case CommandKind.Destination:
                canvas.DrawNamedDestinationAnnotation(new SKPoint(command.X, command.Y), (string)command.Reference!)?.Dispose();
                break;
            default:
                throw new InvalidOperationException($"Unknown command {command.Kind}.");
        }
    }

    /// <summary>A 16 px square tile with one centred dot whose diameter is <paramref name="relativeSize"/> of the tile.</summary>
    private static SKImage DotTile(uint color, float relativeSize, Dictionary<uint, SKImage> tiles)
    {
        if (!tiles.TryGetValue(color, out var tile))
        {
            const int Pixels = 16;
            using var surface = SKSurface.Create(new SKImageInfo(Pixels, Pixels, SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.Clear(SKColors.Transparent);
            using var dot = new SKPaint { Color = new SKColor(color), IsAntialias = true };
            surface.Canvas.DrawCircle(Pixels / 2f, Pixels / 2f, Math.Clamp(relativeSize, 0.05f, 1f) * Pixels / 2f, dot);
            tile = surface.Snapshot();
            tiles[color] = tile;
        }

        return tile;
    }

    /// <summary>Subsets every typeface to the code points drawn with it.</summary>
    private static Dictionary<SKTypeface, SKTypeface> BuildSubsets(IReadOnlyList<RecordedPage> pages, FontLibrary fonts)
    {
        var used = new Dictionary<SKTypeface, HashSet<int>>();
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command.Kind != CommandKind.Text)
                {
                    continue;
                }

                var typeface = command.Face!.Typeface;
                if (!used.TryGetValue(typeface, out var set))
                {
                    set = [' '];
                    used[typeface] = set;
                }

                var text = ((string)command.Reference!).AsSpan(command.Start, command.Length);
                foreach (var rune in text.EnumerateRunes())
                {
                    set.Add(rune.Value);
                }
            }
        }

        var result = new Dictionary<SKTypeface, SKTypeface>();
        foreach (var (typeface, codePoints) in used)
        {
            var bytes = fonts.GetFontBytes(typeface, out var index);
            if (bytes is null || FontSubsetter.TrySubset(bytes, index, codePoints.Order()) is not { } subset)
            {
                continue;
            }

            using var data = SKData.CreateCopy(subset);
            if (SKTypeface.FromData(data) is { } subsetTypeface)
            {
                result[typeface] = subsetTypeface;
            }
        }

        return result;
    }
}

/// <summary>A bookmark: a titled section, its nesting level (1 = top) and the named destination it opens.</summary>
internal sealed record OutlineEntry(string Id, string Title, int Level);

/// <summary>
/// Adds catalog entries SkiaSharp cannot write (the document language, DisplayDocTitle so viewers show
/// the title rather than the file name, and the outline of bookmarks) as a standard PDF incremental update appended
/// to the file: a new version of the catalog object, new outline objects pointing at SkiaSharp's named
/// destinations (/Dests in the catalog), a cross-reference section and a trailer pointing back with /Prev.
/// </summary>
internal static class PdfCatalogPatch
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Apply(byte[] pdf, string? language, IReadOnlyList<OutlineEntry> outline)
    {
        if (!string.IsNullOrWhiteSpace(language) && !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{language}' is not a BCP 47 language tag such as en-GB.", nameof(language));
        }

        // The trailer, startxref and %%EOF are in the last few hundred bytes.
        var tailStart = Math.Max(0, pdf.Length - 1024);
        var tail = Latin1.GetString(pdf, tailStart, pdf.Length - tailStart);
        var startXrefAt = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXrefAt < 0 || trailerAt < 0 || trailerAt > startXrefAt)
        {
            throw new InvalidOperationException("Unexpected PDF structure from the PDF backend: no classic trailer.");
        }

        var previousXref = int.Parse(tail.AsSpan(startXrefAt + "startxref".Length).Trim().ToString().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
        var trailer = tail[(trailerAt + "trailer".Length)..startXrefAt].Trim();
        var rootAt = trailer.IndexOf("/Root", StringComparison.Ordinal);
        var rootNumber = int.Parse(trailer[(rootAt + 5)..].TrimStart().Split([' ', '\n', '\r'], 2)[0], CultureInfo.InvariantCulture);

        // Find the catalog through the cross-reference table: "xref\n0 N\n" then 20-byte entries.
        var header = Latin1.GetString(pdf, previousXref, Math.Min(64, pdf.Length - previousXref));
        var firstLineEnd = header.IndexOf('\n', StringComparison.Ordinal);
        var secondLineEnd = header.IndexOf('\n', firstLineEnd + 1);
        if (!header.StartsWith("xref", StringComparison.Ordinal) || secondLineEnd < 0)
        {
            throw new InvalidOperationException("Unexpected PDF structure from the PDF backend: no cross-reference table.");
        }

        var entryAt = previousXref + secondLineEnd + 1 + (20 * rootNumber);
        var objectOffset = int.Parse(Latin1.GetString(pdf, entryAt, 10), CultureInfo.InvariantCulture);
        var objectText = Latin1.GetString(pdf, objectOffset, Math.Min(4096, pdf.Length - objectOffset));
        var dictionaryStart = objectText.IndexOf("<<", StringComparison.Ordinal);
        var endObject = objectText.IndexOf("endobj", StringComparison.Ordinal);
        var catalog = objectText[dictionaryStart..endObject].TrimEnd();
        if (dictionaryStart < 0 || !catalog.EndsWith(">>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unexpected PDF structure from the PDF backend: catalog not found.");
        }

        var extra = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(language))
        {
            extra.Append("\n/Lang (").Append(language).Append(')');
        }

        extra.Append("\n/ViewerPreferences <</DisplayDocTitle true>>");
        var sizeAt = trailer.IndexOf("/Size", StringComparison.Ordinal);
        var sizeDigits = sizeAt + 5;
        while (sizeDigits < trailer.Length && char.IsWhiteSpace(trailer[sizeDigits]))
        {
            sizeDigits++;
        }

        var sizeEnd = sizeDigits;
        while (sizeEnd < trailer.Length && char.IsAsciiDigit(trailer[sizeEnd]))
        {
            sizeEnd++;
        }

        var size = sizeAt < 0 ? 0 : int.Parse(trailer[sizeDigits..sizeEnd], CultureInfo.InvariantCulture);
        var outlineObjects = outline.Count > 0 && size > 0 && catalog.Contains("/Dests", StringComparison.Ordinal) ? Outline(outline, size) : [];
        if (outlineObjects.Count > 0)
        {
            extra.Append("\n/Outlines ").Append(size.ToString(CultureInfo.InvariantCulture)).Append(" 0 R\n/PageMode /UseOutlines");
        }

        var newCatalog = catalog[..^2] + extra + ">>";

        var update = new StringBuilder();
        update.Append('\n');
        var newObjectOffset = pdf.Length + update.Length;
        update.Append(rootNumber).Append(" 0 obj\n").Append(newCatalog).Append("\nendobj\n");
        var outlineOffsets = new List<int>(outlineObjects.Count);
        for (var i = 0; i < outlineObjects.Count; i++)
        {
            outlineOffsets.Add(pdf.Length + update.Length);
            update.Append((size + i).ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(outlineObjects[i]).Append("\nendobj\n");
        }

        var xrefOffset = pdf.Length + update.Length;
        update.Append("xref\n").Append(rootNumber).Append(" 1\n")
            .Append(newObjectOffset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        if (outlineObjects.Count > 0)
        {
            update.Append(size.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(outlineObjects.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var offset in outlineOffsets)
            {
                update.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }
        }

        var trailerBody = trailer[..trailer.LastIndexOf(">>", StringComparison.Ordinal)];
        if (outlineObjects.Count > 0)
        {
            trailerBody = trailerBody[..sizeAt] + "/Size " + (size + outlineObjects.Count).ToString(CultureInfo.InvariantCulture) + trailerBody[sizeEnd..];
        }

        update.Append("trailer\n").Append(trailerBody).Append("\n/Prev ").Append(previousXref.ToString(CultureInfo.InvariantCulture)).Append(">>\n");
        update.Append("startxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");

        var appended = Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + appended.Length];
        pdf.CopyTo(result, 0);
        appended.CopyTo(result, pdf.Length);
        return result;
    }

    /// <summary>
    /// The outline dictionary (object <paramref name="first"/>) and one item per entry (objects first+1…), nested by
    /// level, all open, each opening its section's named destination.
    /// </summary>
    private static List<string> Outline(IReadOnlyList<OutlineEntry> entries, int first)
    {
        var count = entries.Count;
        var parent = new int[count];
        var children = new List<int>[count + 1];
        for (var i = 0; i <= count; i++)
        {
            children[i] = [];
        }

        // Node 0 is the outline root; entry i is node i + 1. Each entry's parent is the nearest earlier entry of a lower level.
        var stack = new List<(int Node, int Level)> { (0, 0) };
        for (var i = 0; i < count; i++)
        {
            var level = Math.Max(1, entries[i].Level);
            while (stack[^1].Level >= level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            parent[i] = stack[^1].Node;
            children[parent[i]].Add(i + 1);
            stack.Add((i + 1, level));
        }

        var descendants = new int[count + 1];
        for (var node = count; node >= 1; node--)
        {
            descendants[parent[node - 1]] += descendants[node] + 1;
        }

        string Ref(int node) => (first + node).ToString(CultureInfo.InvariantCulture) + " 0 R";
        var objects = new List<string>(count + 1);
        var root = new StringBuilder("<</Type /Outlines");
        if (children[0].Count > 0)
        {
            root.Append("\n/First ").Append(Ref(children[0][0])).Append("\n/Last ").Append(Ref(children[0][^1]));
        }

        objects.Add(root.Append("\n/Count ").Append(descendants[0].ToString(CultureInfo.InvariantCulture)).Append(">>").ToString());
        for (var node = 1; node <= count; node++)
        {
            var entry = entries[node - 1];
            var siblings = children[parent[node - 1]];
            var position = siblings.IndexOf(node);
            var item = new StringBuilder("<</Title ").Append(TextString(entry.Title)).Append("\n/Parent ").Append(Ref(parent[node - 1]));
            if (position > 0)
            {
                item.Append("\n/Prev ").Append(Ref(siblings[position - 1]));
            }

            if (position < siblings.Count - 1)
            {
                item.Append("\n/Next ").Append(Ref(siblings[position + 1]));
            }

            if (children[node].Count > 0)
            {
                item.Append("\n/First ").Append(Ref(children[node][0])).Append("\n/Last ").Append(Ref(children[node][^1]))
                    .Append("\n/Count ").Append(descendants[node].ToString(CultureInfo.InvariantCulture));
            }

            objects.Add(item.Append("\n/Dest ").Append(Name(entry.Id)).Append(">>").ToString());
        }

        return objects;
    }

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, as hex (any title, no escaping questions).</summary>
    private static string TextString(string text)
    {
        var builder = new StringBuilder("<FEFF", 5 + (text.Length * 4) + 1);
        foreach (var unit in text)
        {
            builder.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    /// <summary>A PDF name object: regular characters as they are, anything else as #XX per UTF-8 byte (as SkiaSharp writes destination names).</summary>
    private static string Name(string value)
    {
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
