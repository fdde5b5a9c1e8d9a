using System.Globalization;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>A GOV.UK date input's three boxes (day, month, year) as typed, and the date they make, if any.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when the boxes are empty or do not make a real date (the validator then says so).</summary>
    public DateOnly? Date => Framework.People.DateFields.Parse(Day, Month, Year);

    public static DateParts From(DateOnly? date) => date is { } value
        ? new DateParts
        {
            Day = value.Day.ToString(CultureInfo.InvariantCulture),
            Month = value.Month.ToString(CultureInfo.InvariantCulture),
            Year = value.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateParts();
}
