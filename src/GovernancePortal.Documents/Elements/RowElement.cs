using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents.Elements;

/// <summary>How a row item's width is determined.</summary>
internal enum RowItemKind
{
    Constant,
    Relative,
    Auto,
}

internal sealed record RowItem(RowItemKind Kind, float Value, Element Element);

/// <summary>
/// Places items side by side: constant widths, then auto items at their measured width, then relative items
/// sharing what is left. Each item continues on the next page on its own; the row is done when all are.
/// </summary>
internal sealed class RowElement : Element
{
    private bool[] _done = [];
    private float[] _widths = [];

    public List<RowItem> Items { get; } = [];

    public float Spacing { get; set; }

    public override void Prepare(PrepareContext context)
    {
        _done = new bool[Items.Count];
        _widths = new float[Items.Count];
        for (var i = 0; i < Items.Count; i++)
        {
            PrepareChild(Items[i].Element, context, $"Item {i + 1}");
        }
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (!ComputeWidths(available, context))
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        var height = 0f;
        var anyPartial = false;
        var anyContent = false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (_done[i])
            {
                continue;
            }

            var plan = Items[i].Element.Measure(new Size(_widths[i], available.Height), context);
            switch (plan.Type)
            {
                case SpacePlanType.Wrap:
                    return SpacePlan.Wrap;
                case SpacePlanType.Partial:
                    anyPartial = true;
                    break;
                case SpacePlanType.Empty:
                    continue;
            }

            anyContent = true;
            height = Math.Max(height, plan.Height);
        }

        if (!anyContent)
        {
            return anyPartial ? SpacePlan.Partial(available.Width, 0) : SpacePlan.Empty;
        }

        return anyPartial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        if (!ComputeWidths(available, context))
        {
            return;
        }

        var x = 0f;
        var allDone = true;
        for (var i = 0; i < Items.Count; i++)
        {
            if (!_done[i])
            {
                var element = Items[i].Element;
                var plan = element.Measure(new Size(_widths[i], available.Height), context);
                context.Canvas.Translate(x, 0);
                element.Draw(new Size(_widths[i], available.Height), context);
                context.Canvas.Translate(-x, 0);
                _done[i] = plan.IsComplete;
                allDone &= _done[i];
            }

            x += _widths[i] + Spacing;
        }

        if (allDone)
        {
            Array.Clear(_done);
        }
    }

    private bool ComputeWidths(Size available, LayoutContext context)
    {
        var spacing = Spacing * Math.Max(Items.Count - 1, 0);
        var remaining = available.Width - spacing;
        var relativeTotal = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (item.Kind == RowItemKind.Constant)
            {
                _widths[i] = item.Value;
                remaining -= item.Value;
            }
            else if (item.Kind == RowItemKind.Relative)
            {
                relativeTotal += item.Value;
            }
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind == RowItemKind.Auto)
            {
                var plan = Items[i].Element.Measure(new Size(Math.Max(remaining, 0), available.Height), context);
                _widths[i] = plan.Width;
                remaining -= plan.Width;
            }
        }

        if (remaining < -Size.Epsilon)
        {
            return false;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind == RowItemKind.Relative)
            {
                _widths[i] = relativeTotal > 0 ? Math.Max(remaining, 0) * Items[i].Value / relativeTotal : 0;
            }
        }

        return true;
    }
}
