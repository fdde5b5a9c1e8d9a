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
