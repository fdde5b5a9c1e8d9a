using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents.Elements;

/// <summary>Space around the child.</summary>
internal sealed class PaddingElement(float left, float top, float right, float bottom) : ContainerElement
{
    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var inner = new Size(available.Width - left - right, available.Height - top - bottom);
        if (inner.Width < -Size.Epsilon || inner.Height < -Size.Epsilon)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        var plan = Child.Measure(Clamp(inner), context);
        return plan.Type is SpacePlanType.Wrap or SpacePlanType.Empty
            ? plan
            : plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom };
    }

    public override void Draw(Size available, LayoutContext context)
    {
        context.Canvas.Translate(left, top);
        Child.Draw(Clamp(new Size(available.Width - left - right, available.Height - top - bottom)), context);
        context.Canvas.Translate(-left, -top);
    }

    private static Size Clamp(Size size) => new(Math.Max(size.Width, 0), Math.Max(size.Height, 0));
}

/// <summary>Fills the space given to the child.</summary>
internal sealed class BackgroundElement(Color color) : ContainerElement
{
    public override void Draw(Size available, LayoutContext context)
    {
        context.Canvas.FillRect(0, 0, available.Width, available.Height, color);
        Child.Draw(available, context);
    }
}

/// <summary>Lines along the edges of the space given to the child (centred on the edge; takes no layout space).</summary>
internal sealed class BorderElement(float left, float top, float right, float bottom, Color color) : ContainerElement
{
    public override void Draw(Size available, LayoutContext context)
    {
        Child.Draw(available, context);
        var canvas = context.Canvas;
        var (w, h) = (available.Width, available.Height);
        if (left > 0 && top == left && right == left && bottom == left)
        {
            canvas.StrokeRect(0, 0, w, h, left, color);
            return;
        }

        if (top > 0)
        {
            canvas.Line(0, 0, w, 0, top, color);
        }

        if (bottom > 0)
        {
            canvas.Line(0, h, w, h, bottom, color);
        }

        if (left > 0)
        {
            canvas.Line(0, 0, 0, h, left, color);
        }

        if (right > 0)
        {
            canvas.Line(w, 0, w, h, right, color);
        }
    }
}

/// <summary>Places the child at its own size within the space given (0 = start, 0.5 = centre, 1 = end).</summary>
internal sealed class AlignElement(float horizontal, float vertical) : ContainerElement
{
    public override void Draw(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.IsWrap)
        {
            return;
        }

        var x = (available.Width - plan.Width) * horizontal;
        var y = (available.Height - plan.Height) * vertical;
        context.Canvas.Translate(x, y);
        Child.Draw(new Size(plan.Width, plan.Height), context);
        context.Canvas.Translate(-x, -y);
    }
}

/// <summary>Width and height limits.</summary>
internal sealed class ConstrainedElement : ContainerElement
{
    public float? MinWidth { get; set; }

    public float? MaxWidth { get; set; }

    public float? MinHeight { get; set; }

    public float? MaxHeight { get; set; }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (MinWidth > available.Width + Size.Epsilon || MinHeight > available.Height + Size.Epsilon)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        var inner = Inner(available);
        var plan = Child.Measure(inner, context);
        if (plan.IsWrap)
        {
            return plan;
        }

        if (plan.Type == SpacePlanType.Empty && MinWidth is null && MinHeight is null)
        {
            return plan;
        }

        var width = Math.Min(Math.Max(plan.Width, MinWidth ?? 0), inner.Width);
        var height = Math.Min(Math.Max(plan.Height, MinHeight ?? 0), inner.Height);
        return plan.Type == SpacePlanType.Partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override void Draw(Size available, LayoutContext context) => Child.Draw(Inner(available), context);

    protected override string Describe()
    {
        static string Range(string name, float? min, float? max) => (min, max) switch
        {
            (null, null) => string.Empty,
            ({ } a, { } b) when a == b => $"{name} {a.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}",
            _ => $"{name} {min?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "0"}..{max?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}",
        };

        var parts = new[] { Range("width", MinWidth, MaxWidth), Range("height", MinHeight, MaxHeight) }.Where(p => p.Length > 0);
        return $"Constrained ({string.Join(", ", parts)})";
    }

    private Size Inner(Size available) =>
        new(Math.Min(available.Width, MaxWidth ?? float.PositiveInfinity), Math.Min(available.Height, MaxHeight ?? float.PositiveInfinity));
}

/// <summary>The child is placed whole on one page or moved to the next page.</summary>
internal sealed class ShowEntireElement : ContainerElement
{
    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.Type == SpacePlanType.Partial)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        return plan;
    }
}

/// <summary>Marks an item that must not end a page alone (e.g. a heading): it moves with the next item.</summary>
internal sealed class KeepWithNextElement : ContainerElement
{
    public override bool KeepsWithNext => true;
}

/// <summary>Draws the child on the first page where it appears only (repeated furniture).</summary>
internal sealed class ShowOnceElement : ContainerElement, IPassState
{
    private bool _shown;

    public void ResetPass() => _shown = false;

    public override void Prepare(PrepareContext context)
    {
        context.PassStates.Add(this);
        base.Prepare(context);
    }

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _shown ? SpacePlan.Empty : Child.Measure(available, context);

    public override void Draw(Size available, LayoutContext context)
    {
        if (_shown)
        {
            return;
        }

        var plan = Child.Measure(available, context);
        Child.Draw(available, context);
        _shown = plan.IsComplete;
    }
}

/// <summary>Skips the child the first time it would be drawn, then draws it every time (repeated furniture).</summary>
internal sealed class SkipOnceElement : ContainerElement, IPassState
{
    private bool _skipped;

    public void ResetPass() => _skipped = false;

    public override void Prepare(PrepareContext context)
    {
        context.PassStates.Add(this);
        base.Prepare(context);
    }

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _skipped ? Child.Measure(available, context) : SpacePlan.Empty;

    public override void Draw(Size available, LayoutContext context)
    {
        if (!_skipped)
        {
            _skipped = true;
            return;
        }

        Child.Draw(available, context);
    }
}

/// <summary>A named place in the document: a link target and, with a title, an entry in the table of contents.</summary>
internal sealed class SectionElement(string id, string? title, int level) : ContainerElement, IPassState
{
    private bool _registered;

    public void ResetPass() => _registered = false;

    public string Id { get; } = id;

    public override void Prepare(PrepareContext context)
    {
        context.AddSection(Id, title, level);
        context.PassStates.Add(this);
        base.Prepare(context);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        if (!_registered)
        {
            _registered = true;
            context.SectionPages.TryAdd(Id, context.PageNumber);
            context.Canvas.Destination(0, 0, Id);
        }

        Child.Draw(available, context);
    }

    protected override string Describe() => $"Section '{Id}'";
}

/// <summary>Makes the child's area a link to a URL or to a named section.</summary>
internal sealed class LinkElement(string? url, string? section) : ContainerElement
{
    public override void Prepare(PrepareContext context)
    {
        if (section is not null)
        {
            context.ReferencedSections.Add(section);
        }

        base.Prepare(context);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        Child.Draw(available, context);
        if (url is not null)
        {
            context.Canvas.UrlLink(0, 0, available.Width, available.Height, url);
        }
        else if (section is not null)
        {
            context.Canvas.InternalLink(0, 0, available.Width, available.Height, section);
        }
    }
}

/// <summary>Changes the inherited text style for everything inside.</summary>
internal sealed class DefaultTextStyleElement(TextStyle style) : ContainerElement
{
    public override void Prepare(PrepareContext context)
    {
        var saved = context.CurrentStyle;
        context.CurrentStyle = style.InheritFrom(saved);
        base.Prepare(context);
        context.CurrentStyle = saved;
    }
}

/// <summary>Ends the page: the content after it starts on a new page.</summary>
internal sealed class PageBreakElement : Element, IPassState
{
    private bool _done;

    public void ResetPass() => _done = false;

    public override void Prepare(PrepareContext context) => context.PassStates.Add(this);

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _done ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(Size available, LayoutContext context)
    {
        if (!_done)
        {
            _done = true;
            context.Progress++;
        }
    }
}

/// <summary>A horizontal rule across the available width.</summary>
internal sealed class LineElement(float thickness, Color color) : Element
{
    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (thickness > available.Height + Size.Epsilon)
        {
            context.ReportWrap(this);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(available.Width, thickness);
    }

    public override void Draw(Size available, LayoutContext context)
    {
        context.Canvas.Line(0, thickness / 2, available.Width, thickness / 2, thickness, color);
        context.Progress++;
    }
}

/// <summary>A dotted leader filling the width it is given (table of contents).</summary>
internal sealed class DotLeaderElement(Color color) : Element
{
    public override SpacePlan Measure(Size available, LayoutContext context) => SpacePlan.Full(0, 0);

    public override void Draw(Size available, LayoutContext context) =>
        context.Canvas.DottedLine(2, available.Width - 2, available.Height * 0.72f, 0.8f, color);
}

