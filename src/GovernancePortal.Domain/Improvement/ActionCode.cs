using System.Globalization;
using System.Text.RegularExpressions;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// Improvement action codes. The Met codes actions by improvement area and a two-digit sequence (IA2-01); MOPAC by
/// principle letter and number (F10).
/// </summary>
public static partial class ActionCode
{
    public static bool IsValid(ActionCodeScheme scheme, string? code) => code is not null && scheme switch
    {
        ActionCodeScheme.AreaSequence => AreaSequencePattern().IsMatch(code),
        ActionCodeScheme.PrincipleNumber => PrincipleNumberPattern().IsMatch(code),
        _ => false,
    };

    /// <summary>A human description of the scheme, for validation messages.</summary>
    public static string Example(ActionCodeScheme scheme) => scheme switch
    {
        ActionCodeScheme.AreaSequence => "an improvement area code and a two-digit number, like IA2-01",
        ActionCodeScheme.PrincipleNumber => "a principle letter A to G and a number, like F10",
        _ => scheme.ToString(),
    };

    /// <summary>
    /// The next free code in an area: IA2-01, IA2-02… for the Met (area code "IA2"); F1, F2… for MOPAC (area code "F").
    /// </summary>
    public static string Next(ActionCodeScheme scheme, string areaCode, IEnumerable<string> existingCodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(areaCode);
        var prefix = scheme == ActionCodeScheme.AreaSequence ? areaCode + "-" : areaCode;
        var highest = existingCodes
            .Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        var next = highest + 1;
        return scheme == ActionCodeScheme.AreaSequence
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}{next:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{prefix}{next}");
    }

    [GeneratedRegex(@"^IA\d{1,2}-\d{2,3}$")]
    private static partial Regex AreaSequencePattern();

    [GeneratedRegex(@"^[A-G]\d{1,3}$")]
    private static partial Regex PrincipleNumberPattern();
}
