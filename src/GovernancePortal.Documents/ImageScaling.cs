namespace GovernancePortal.Documents;

/// <summary>How an image is sized in the space it is given.</summary>
public enum ImageScaling
{
    /// <summary>Fill the available width, keeping the aspect ratio (moves to the next page if too tall).</summary>
    FitWidth,

    /// <summary>As large as fits in both the available width and height, keeping the aspect ratio.</summary>
    FitArea,
}
