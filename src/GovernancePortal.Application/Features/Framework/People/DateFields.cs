using System.Globalization;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>The GOV.UK date input (day, month and year boxes): parsing and the standard error messages.</summary>
public static class DateFields
{
    public static DateOnly? Parse(string? day, string? month, string? year) =>
        int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>
    /// Null when the date is valid; otherwise the GOV.UK message, e.g. "Enter the date the new holder started",
    /// "Start date must include a month", "Year must include 4 numbers", "Start date must be a real date".
    /// </summary>
    public static string? Problem(string? day, string? month, string? year, string whatToEnter, string fieldName)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(day))
        {
            missing.Add("a day");
        }

        if (string.IsNullOrWhiteSpace(month))
        {
            missing.Add("a month");
        }

        if (string.IsNullOrWhiteSpace(year))
        {
            missing.Add("a year");
        }

        if (missing.Count == 3)
        {
            return $"Enter {whatToEnter}";
        }

        if (missing.Count > 0)
        {
            return $"{fieldName} must include {string.Join(" and ", missing)}";
        }

        if (year!.Trim().Length != 4)
        {
            return "Year must include 4 numbers";
        }

        return Parse(day, month, year) is null ? $"{fieldName} must be a real date" : null;
    }
}
