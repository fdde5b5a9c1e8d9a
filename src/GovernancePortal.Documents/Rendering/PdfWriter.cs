using System.Globalization;
using System.Text;
using GovernancePortal.Documents.Fonts;
using SkiaSharp;

namespace GovernancePortal.Documents.Rendering;

/// <summary>Renders recorded pages to a PDF with SkiaSharp's PDF backend.</summary>
internal static class PdfWriter
{
    public static byte[] Write(IReadOnlyList<RecordedPage> pages, DocumentMetadata metadata, FontLibrary fonts)
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
            return PdfCatalogPatch.Apply(bytes, metadata.Language);
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

/// <summary>
/// Adds catalog entries SkiaSharp cannot write (the document language, and DisplayDocTitle so viewers show
/// the title rather than the file name) as a standard PDF incremental update appended to the file: a new
/// version of the catalog object, a one-entry cross-reference section and a trailer pointing back with /Prev.
/// </summary>
internal static class PdfCatalogPatch
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Apply(byte[] pdf, string? language)
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
        var newCatalog = catalog[..^2] + extra + ">>";

        var update = new StringBuilder();
        update.Append('\n');
        var newObjectOffset = pdf.Length + update.Length;
        update.Append(rootNumber).Append(" 0 obj\n").Append(newCatalog).Append("\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append("xref\n").Append(rootNumber).Append(" 1\n")
            .Append(newObjectOffset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        var trailerBody = trailer[..trailer.LastIndexOf(">>", StringComparison.Ordinal)];
        update.Append("trailer\n").Append(trailerBody).Append("\n/Prev ").Append(previousXref.ToString(CultureInfo.InvariantCulture)).Append(">>\n");
        update.Append("startxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");

        var appended = Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + appended.Length];
        pdf.CopyTo(result, 0);
        appended.CopyTo(result, pdf.Length);
        return result;
    }
}
