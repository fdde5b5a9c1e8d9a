using GovernancePortal.Documents.Layout;
using SkiaSharp;

namespace GovernancePortal.Documents.Elements;

/// <summary>A PNG or JPEG image.</summary>
internal sealed class ImageElement(byte[] data, ImageScaling scaling) : Element
{
    private SKImage? _image;

    public override void Prepare(PrepareContext context)
    {
        _image = SKImage.FromEncodedData(data)
            ?? throw new ArgumentException("The image data is not a readable PNG or JPEG image.");
        context.Disposables.Add(_image);
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var (width, height) = Fit(available);
        if (height > available.Height + Size.Epsilon || width <= 0)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(width, height);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        var (width, height) = Fit(available);
        context.Canvas.Image(_image!, 0, 0, width, height);
        context.Progress++;
    }

    protected override string Describe() => $"Image {_image?.Width}x{_image?.Height}px";

    private (float Width, float Height) Fit(Size available)
    {
        var image = _image!;
        var ratio = (float)image.Height / image.Width;
        var width = available.Width;
        if (scaling == ImageScaling.FitArea && width * ratio > available.Height)
        {
            width = available.Height / ratio;
        }

        return (width, width * ratio);
    }
}

/// <summary>
/// Vector content drawn by user code (e.g. a chart) in a box of the available width and a fixed height. The drawing
/// is recorded as an SKPicture and replayed into the PDF, so it stays vector.
/// </summary>
internal sealed class CanvasElement(float height, Action<SKCanvas, float, float> draw) : Element
{
    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (height > available.Height + Size.Epsilon)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        context.Progress++;
        if (!context.Canvas.Recording)
        {
            return;
        }

        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(available.Width, height));
        draw(canvas, available.Width, height);
        context.Canvas.Picture(recorder.EndRecording(), 0, 0, available.Width, height);
    }

    protected override string Describe() => $"Canvas (height {height.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)})";
}
