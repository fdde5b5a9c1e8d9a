namespace GovernancePortal.Documents;

/// <summary>Marker style of a list.</summary>
public enum ListStyle
{
    /// <summary>• at the first level, – at the second, alternating below.</summary>
    Bullet,

    /// <summary>1. 2. 3.; nested inside a decimal list item it continues the parent number: 1.1. 1.2.</summary>
    Decimal,

    /// <summary>a. b. c.</summary>
    LowerAlpha,

    /// <summary>A. B. C.</summary>
    UpperAlpha,

    /// <summary>i. ii. iii.</summary>
    LowerRoman,
}
