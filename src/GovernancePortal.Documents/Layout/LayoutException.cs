namespace GovernancePortal.Documents.Layout;

/// <summary>
/// Raised when content can never be placed: an element is larger than an empty page (or than the
/// space its container can ever give it), or a page would make no progress. The message names the element path.
/// </summary>
public sealed class LayoutException : Exception
{
    public LayoutException(string message)
        : base(message)
    {
        ElementPath = string.Empty;
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
        ElementPath = string.Empty;
    }

    internal LayoutException(string message, string elementPath, int pageNumber)
        : base($"{message} Element: {elementPath} (page {pageNumber}).")
    {
        ElementPath = elementPath;
        PageNumber = pageNumber;
    }

    /// <summary>Path of the element that could not be placed, e.g. "Page set 1 / Content / Column / Item 3 / Image".</summary>
    public string ElementPath { get; }

    /// <summary>Page number being laid out when the error was found.</summary>
    public int PageNumber { get; }
}
