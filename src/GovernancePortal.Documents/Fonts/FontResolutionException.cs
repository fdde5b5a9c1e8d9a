namespace GovernancePortal.Documents.Fonts;

/// <summary>Raised when no configured font can be found.</summary>
public sealed class FontResolutionException : Exception
{
    public FontResolutionException(string message)
        : base(message)
    {
        FamiliesTried = [];
    }

    public FontResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
        FamiliesTried = [];
    }

    internal FontResolutionException(IReadOnlyList<string> familiesTried, IReadOnlyList<string> substitutes)
        : base(BuildMessage(familiesTried, substitutes))
    {
        FamiliesTried = familiesTried;
    }

    /// <summary>The family names that were requested, in order.</summary>
    public IReadOnlyList<string> FamiliesTried { get; }

    private static string BuildMessage(IReadOnlyList<string> tried, IReadOnlyList<string> substitutes)
    {
        var got = substitutes.Count == 0 ? "nothing" : string.Join(", ", substitutes.Distinct().Select(s => $"'{s}'"));
        return $"No usable font found. Families tried: {string.Join(", ", tried.Select(t => $"'{t}'"))} "
            + $"(the system returned {got} instead). Install the Debian package fonts-liberation2 "
            + "(apt-get install fonts-liberation2), or configure explicit font files with FontOptions.Files.";
    }
}
