using System.Globalization;

namespace GovernancePortal.Application.Common;

/// <summary>A date as the portal and its papers write it: "13 June 2017" (GOV.UK style).</summary>
public static class LongDate
{
    public static CultureInfo British { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string? Of(DateOnly? date) => date is { } value ? Of(value) : null;
}
