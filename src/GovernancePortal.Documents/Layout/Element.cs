using GovernancePortal.Documents.Rendering;

namespace GovernancePortal.Documents.Layout;

/// <summary>
/// Base of every layout element. Two phases: <see cref="Measure"/> (pure: says what would fit in the offered
/// space) and <see cref="Draw"/> (draws exactly what Measure planned for the same space and advances the
/// element's resumable state, so the next page continues where this one stopped). An element resets its own
/// state after it has been drawn completely, so repeated furniture (headers, footers) draws again on every page.
/// </summary>
internal abstract class Element
{
    public Element? Parent { get; private set; }

    /// <summary>Label of this element inside its parent, e.g. "Item 3" (set by the parent when preparing).</summary>
    public string? Slot { get; private set; }

    /// <summary>Short kind name used in element paths.</summary>
    public virtual string Kind => GetType().Name.EndsWith("Element", StringComparison.Ordinal)
        ? GetType().Name[..^"Element".Length]
        : GetType().Name;

    /// <summary>Whether a column should keep this item on the same page as the following item.</summary>
    public virtual bool KeepsWithNext => false;

    public abstract SpacePlan Measure(Size available, LayoutContext context);

    public abstract void Draw(Size available, LayoutContext context);

    /// <summary>Prepare pass before layout: link parents, resolve inherited styles, numbering and sections.</summary>
    public virtual void Prepare(PrepareContext context)
    {
    }

    protected void PrepareChild(Element child, PrepareContext context, string? slot = null)
    {
        child.Parent = this;
        child.Slot = slot;
        child.Prepare(context);
    }

    /// <summary>Human-readable path from the page set down to this element.</summary>
    public string Path
    {
        get
        {
            var parts = new List<string>();
            for (var e = this; e is not null; e = e.Parent)
            {
                var label = e.Describe();
                parts.Add(e.Slot is null ? label : $"{e.Slot} {label}".Trim());
            }

            parts.Reverse();
            return string.Join(" / ", parts.Where(p => p.Length > 0));
        }
    }

    /// <summary>Text used for this element in a path; may add a hint such as the first words of a paragraph.</summary>
    protected virtual string Describe() => Kind;
}

/// <summary>An element with a single child (decorators such as Padding, Background, Border).</summary>
internal abstract class ContainerElement : Element
{
    public Element Child { get; set; } = new EmptyElement();

    public override bool KeepsWithNext => Child.KeepsWithNext;

    public override SpacePlan Measure(Size available, LayoutContext context) => Child.Measure(available, context);

    public override void Draw(Size available, LayoutContext context) => Child.Draw(available, context);

    public override void Prepare(PrepareContext context) => PrepareChild(Child, context);
}

/// <summary>Placeholder for a container with no content.</summary>
internal sealed class EmptyElement : Element
{
    public override SpacePlan Measure(Size available, LayoutContext context) => SpacePlan.Empty;

    public override void Draw(Size available, LayoutContext context)
    {
    }

    public override void Prepare(PrepareContext context)
    {
    }

    protected override string Describe() => string.Empty;
}

/// <summary>
/// An element whose state outlives one complete drawing (e.g. "already shown once"); it is reset between
/// layout passes so a second pass over the same tree starts fresh. Other elements reset themselves when complete.
/// </summary>
internal interface IPassState
{
    void ResetPass();
}

/// <summary>State shared by one layout pass.</summary>
internal sealed class LayoutContext(PageCanvas canvas, PassInputs inputs)
{
    public PageCanvas Canvas { get; } = canvas;

    public PassInputs Inputs { get; } = inputs;

    public int PageNumber { get; set; }

    /// <summary>Page on which each named section first placed content during this pass.</summary>
    public Dictionary<string, int> SectionPages { get; } = new(StringComparer.Ordinal);

    /// <summary>The first leaf element that answered Wrap since the last reset; used to name the culprit of a layout error.</summary>
    public Element? WrapSource { get; set; }

    /// <summary>
    /// Set on the retry of a page whose content wrapped: keep-with-next and widow/orphan control are relaxed so
    /// these preferences can never make content unplaceable.
    /// </summary>
    public bool RelaxPagination { get; set; }

    /// <summary>Counts content consumed while drawing; a page that consumes nothing would repeat forever.</summary>
    public long Progress { get; set; }

    public void ReportWrap(Element element) => WrapSource ??= element;
}

/// <summary>What a pass knows from the previous pass: total pages and the page of each named section.</summary>
internal sealed record PassInputs(int? TotalPages, IReadOnlyDictionary<string, int> SectionPages)
{
    public static readonly PassInputs First = new(null, new Dictionary<string, int>());
}
