using System.Globalization;
using System.Text.RegularExpressions;

namespace GovernancePortal.Domain.Organisations;

/// <summary>
/// A UK public-sector financial year, 1 April to 31 March, shown as "2016/17". Stored as its starting calendar year.
/// </summary>
public readonly partial record struct ReportingYear : IComparable<ReportingYear>
{
    public const int MinStartYear = 2000;
    public const int MaxStartYear = 2098;

    public ReportingYear(int startYear)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, $"A reporting year must start between {MinStartYear} and {MaxStartYear}.");
        }

        StartYear = startYear;
    }

    /// <summary>The calendar year in which the reporting year starts (2016 for 2016/17).</summary>
    public int StartYear { get; }

    public DateOnly StartDate => new(StartYear, 4, 1);

    public DateOnly EndDate => new(StartYear + 1, 3, 31);

    public ReportingYear Next => new(StartYear + 1);

    public ReportingYear Previous => new(StartYear - 1);

    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;

    /// <summary>The reporting year that contains <paramref name="date"/>.</summary>
    public static ReportingYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Parses "2016/17", "2016-17" or "2016/2017".</summary>
    public static bool TryParse(string? text, out ReportingYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = YearPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var endText = match.Groups["end"].Value;
        var end = int.Parse(endText, CultureInfo.InvariantCulture);
        var expectedEnd = endText.Length == 2 ? (start + 1) % 100 : start + 1;
        if (end != expectedEnd || start is < MinStartYear or > MaxStartYear)
        {
            return false;
        }

        year = new ReportingYear(start);
        return true;
    }

    public static ReportingYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"'{text}' is not a reporting year like 2016/17.");

    public int CompareTo(ReportingYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(ReportingYear left, ReportingYear right) => left.StartYear < right.StartYear;

    public static bool operator >(ReportingYear left, ReportingYear right) => left.StartYear > right.StartYear;

    public static bool operator <=(ReportingYear left, ReportingYear right) => left.StartYear <= right.StartYear;

    public static bool operator >=(ReportingYear left, ReportingYear right) => left.StartYear >= right.StartYear;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");

    [GeneratedRegex(@"^(?<start>\d{4})\s*[/\-–]\s*(?<end>\d{2}|\d{4})$")]
    private static partial Regex YearPattern();
}
