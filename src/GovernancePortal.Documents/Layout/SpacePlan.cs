namespace GovernancePortal.Documents.Layout;

/// <summary>What an element can do with the space it was offered.</summary>
internal enum SpacePlanType
{
    /// <summary>The element has nothing (left) to draw; it takes no space.</summary>
    Empty,

    /// <summary>Nothing can be placed in this space; try again on the next page.</summary>
    Wrap,

    /// <summary>Part of the content fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>All remaining content fits.</summary>
    Full,
}

/// <summary>The explicit result of measuring an element: a kind and the size it would occupy.</summary>
internal readonly record struct SpacePlan(SpacePlanType Type, float Width, float Height)
{
    public static SpacePlan Empty => new(SpacePlanType.Empty, 0, 0);

    public static SpacePlan Wrap => new(SpacePlanType.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanType.Partial, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanType.Full, width, height);

    public bool IsWrap => Type == SpacePlanType.Wrap;

    /// <summary>True when the element will have nothing left after drawing this plan.</summary>
    public bool IsComplete => Type is SpacePlanType.Full or SpacePlanType.Empty;
}
