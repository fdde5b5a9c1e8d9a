namespace GovernancePortal.Domain.Surveys;

/// <summary>
/// When a return not yet submitted is reminded and escalated: on each configured day before its deadline
/// (<see cref="Survey.ReminderOffsets"/>), then every <see cref="Survey.OverdueReminderEveryDays"/> days from the day
/// after the deadline, and escalated once, <see cref="Survey.EscalateAfterDaysOverdue"/> days late.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>
    /// The reminder date to act on today: the latest scheduled reminder date on or before today that falls after the
    /// invitation and after the last reminder; null when none is due. A day the job did not run is caught up once
    /// (one reminder, not one per missed date).
    /// </summary>
    public static DateOnly? DueReminder(DateOnly deadline, IReadOnlyList<int> daysBefore, int overdueEveryDays, DateOnly invitedOn, DateOnly? lastRemindedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(daysBefore);
        DateOnly? latest = null;
        foreach (var days in daysBefore.Where(d => d > 0))
        {
            var date = deadline.AddDays(-days);
            if (date <= today && (latest is null || date > latest))
            {
                latest = date;
            }
        }

        if (overdueEveryDays > 0 && today > deadline)
        {
            var daysLate = today.DayNumber - deadline.DayNumber;
            latest = deadline.AddDays(1 + ((daysLate - 1) / overdueEveryDays * overdueEveryDays));
        }

        if (latest is not { } due || due <= invitedOn || (lastRemindedOn is { } last && due <= last))
        {
            return null;
        }

        return due;
    }

    /// <summary>Escalate once, when the return is <paramref name="escalateAfterDays"/> or more days late (0 or less: never).</summary>
    public static bool DueEscalation(DateOnly deadline, int escalateAfterDays, bool alreadyEscalated, DateOnly today) =>
        !alreadyEscalated && escalateAfterDays > 0 && today.DayNumber - deadline.DayNumber >= escalateAfterDays;
}
