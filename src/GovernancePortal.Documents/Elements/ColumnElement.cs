using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents.Elements;

/// <summary>
/// Stacks items vertically with spacing. Remembers the first item not yet fully drawn, so it continues on
/// the next page. An item marked keep-with-next moves to the next page with its follower rather than end a page alone.
/// </summary>
internal sealed class ColumnElement : Element
{
    private readonly List<float> _heights = [];
    private int _current;

    public List<Element> Items { get; } = [];

    public float Spacing { get; set; }

    public override void Prepare(PrepareContext context)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            PrepareChild(Items[i], context, $"Item {i + 1}");
        }
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var layout = Compute(available, context);
        return layout.Plan;
    }

    public override void Draw(Size available, LayoutContext context)
    {
        var layout = Compute(available, context);
        if (layout.Plan.IsWrap)
        {
            return;
        }

        var canvas = context.Canvas;
        var y = 0f;
        var placedAny = false;
        var last = layout.Stop + (layout.PartialLast ? 1 : 0);
        for (var i = _current; i < last; i++)
        {
            var height = _heights[i - _current];
            if (height < 0)
            {
                // Empty item: nothing to draw, but it may need to record that it was skipped.
                Items[i].Draw(new Size(available.Width, 0), context);
                continue;
            }

            if (placedAny)
            {
                y += Spacing;
            }

            canvas.Translate(0, y);
            Items[i].Draw(new Size(available.Width, height), context);
            canvas.Translate(0, -y);
            y += height;
            placedAny = true;
        }

        _current = layout.Stop;
        if (_current >= Items.Count)
        {
            _current = 0;
        }
    }

    private ColumnLayout Compute(Size available, LayoutContext context)
    {
        _heights.Clear();
        var y = 0f;
        var width = 0f;
        var placedAny = false;
        int i;
        var wrapped = false;
        var partial = false;
        for (i = _current; i < Items.Count; i++)
        {
            var spacing = placedAny ? Spacing : 0f;
            var remaining = available.Height - y - spacing;
            if (remaining < -Size.Epsilon)
            {
                wrapped = true;
                break;
            }

            var plan = Items[i].Measure(new Size(available.Width, Math.Max(remaining, 0)), context);
            if (plan.Type == SpacePlanType.Empty)
            {
                _heights.Add(-1);
                continue;
            }

            if (plan.IsWrap)
            {
                wrapped = true;
                break;
            }

            _heights.Add(plan.Height);
            y += spacing + plan.Height;
            width = Math.Max(width, plan.Width);
            placedAny = true;
            if (plan.Type == SpacePlanType.Partial)
            {
                partial = true;
                break;
            }
        }

        if (!wrapped && !partial)
        {
            return new ColumnLayout(placedAny ? SpacePlan.Full(width, y) : SpacePlan.Empty, Items.Count, false);
        }

        var stop = i;
        if (wrapped && !context.RelaxPagination)
        {
            // Never end a page with items that must stay with the one that did not fit (e.g. a heading).
            var keep = stop;
            while (keep - 1 >= _current && Items[keep - 1].KeepsWithNext)
            {
                keep--;
            }

            if (keep < stop)
            {
                stop = keep;
                (y, placedAny) = Sum(stop);
            }
        }

        if (!partial && !placedAny)
        {
            return new ColumnLayout(SpacePlan.Wrap, _current, false);
        }

        return new ColumnLayout(SpacePlan.Partial(width, y), stop, partial && stop == i);
    }

    private (float Height, bool PlacedAny) Sum(int stop)
    {
        var y = 0f;
        var placedAny = false;
        for (var k = 0; k < stop - _current; k++)
        {
            if (_heights[k] < 0)
            {
                continue;
            }

            y += (placedAny ? Spacing : 0f) + _heights[k];
            placedAny = true;
        }

        return (y, placedAny);
    }

    private readonly record struct ColumnLayout(SpacePlan Plan, int Stop, bool PartialLast);
}
