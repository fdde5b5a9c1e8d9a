using GovernancePortal.Documents.Rendering;

namespace GovernancePortal.Documents.Layout;

/// <summary>The result of one layout pass.</summary>
internal sealed record PassResult(int Pages, IReadOnlyDictionary<string, int> SectionPages, IReadOnlyList<RecordedPage> Recorded, IReadOnlyList<IDisposable> Owned);

/// <summary>
/// The page loop: for each page, measure header and footer, measure the content in the space left, raise a
/// layout error if nothing fits on an empty page, then draw and continue until the content is fully placed.
/// </summary>
internal static class DocumentLayout
{
    private const int MaxPages = 100_000;

    public static PassResult Run(DocumentModel model, PassInputs inputs, bool recording)
    {
        var canvas = new PageCanvas(recording);
        var context = new LayoutContext(canvas, inputs);
        foreach (var set in model.PageSets)
        {
            var size = set.PageSize;
            var (left, top, right, bottom) = set.Margins;
            var width = size.Width - left - right;
            var bodyHeight = size.Height - top - bottom;
            if (width <= 0 || bodyHeight <= 0)
            {
                throw new LayoutException("The page margins leave no room for content.", set.ContentElement.Path, context.PageNumber + 1);
            }

            while (true)
            {
                context.PageNumber++;
                if (context.PageNumber > MaxPages)
                {
                    throw new LayoutException($"The document exceeds {MaxPages} pages.", set.ContentElement.Path, context.PageNumber);
                }

                canvas.BeginPage(size);
                var headerHeight = MeasureFurniture(set.HeaderElement, new Size(width, bodyHeight), context);
                var footerHeight = MeasureFurniture(set.FooterElement, new Size(width, bodyHeight - headerHeight), context);
                var available = new Size(width, bodyHeight - headerHeight - footerHeight);
                if (available.Height <= 0)
                {
                    throw new LayoutException("Header and footer leave no room for content.", set.ContentElement.Path, context.PageNumber);
                }

                context.WrapSource = null;
                var plan = set.ContentElement.Measure(available, context);
                if (plan.IsWrap)
                {
                    // Every page starts empty, so content that wraps now may only be held back by keep-with-next or
                    // widow/orphan control: try again without them before calling it a layout error.
                    context.RelaxPagination = true;
                    context.WrapSource = null;
                    plan = set.ContentElement.Measure(available, context);
                    if (plan.IsWrap)
                    {
                        var culprit = context.WrapSource ?? set.ContentElement;
                        throw new LayoutException("Content can never fit: it is larger than the space on an empty page.", culprit.Path, context.PageNumber);
                    }
                }

                Place(set.HeaderElement, left, top, new Size(width, headerHeight), context);
                var progress = context.Progress;
                Place(set.ContentElement, left, top + headerHeight, available, context);
                Place(set.FooterElement, left, size.Height - bottom - footerHeight, new Size(width, footerHeight), context);
                context.RelaxPagination = false;

                if (plan.IsComplete)
                {
                    break;
                }

                if (context.Progress == progress)
                {
                    throw new LayoutException("Layout made no progress on a page (content would repeat forever).", set.ContentElement.Path, context.PageNumber);
                }
            }
        }

        return new PassResult(context.PageNumber, context.SectionPages, canvas.Pages, canvas.Owned);
    }

    private static float MeasureFurniture(Element furniture, Size available, LayoutContext context)
    {
        context.WrapSource = null;
        var plan = furniture.Measure(available, context);
        if (!plan.IsComplete)
        {
            var culprit = context.WrapSource ?? furniture;
            throw new LayoutException("Page header or footer does not fit on one page.", culprit.Path, context.PageNumber);
        }

        return plan.Height;
    }

    private static void Place(Element element, float x, float y, Size size, LayoutContext context)
    {
        context.Canvas.Translate(x, y);
        element.Draw(size, context);
        context.Canvas.Translate(-x, -y);
    }
}
