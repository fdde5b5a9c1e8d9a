namespace GovernancePortal.Domain.Time;

/// <summary>Dates in UK local time: "today" and "overdue" follow the London calendar day, not UTC.</summary>
public static class LondonClock
{
    private static readonly TimeZoneInfo London = FindLondon();

    /// <summary>Europe/London, for schedules that follow the London day (the scheduler's cron triggers).</summary>
    public static TimeZoneInfo Zone => London;

    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
    }

    public static DateTime ToLondon(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>A London wall-clock time in UTC (an hour that does not exist in spring is taken as after the change).</summary>
    public static DateTime FromLondon(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, London);
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
