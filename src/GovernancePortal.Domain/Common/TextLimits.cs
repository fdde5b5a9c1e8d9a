namespace GovernancePortal.Domain.Common;

/// <summary>Shared maximum lengths, used by the EF Core mapping and by validators alike.</summary>
public static class TextLimits
{
    public const int Code = 20;
    public const int ShortTitle = 200;
    public const int Title = 500;
    public const int Name = 200;
    public const int JobTitle = 200;
    public const int Email = 256;
    /// <summary>Long structured text (paragraphs, lists): 100 000 characters is well beyond any real section.</summary>
    public const int LongText = 100_000;
    public const int MediumText = 4_000;
}
