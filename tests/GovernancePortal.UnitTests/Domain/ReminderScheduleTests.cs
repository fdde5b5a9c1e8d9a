using GovernancePortal.Domain.Surveys;

namespace GovernancePortal.UnitTests.Domain;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2026, 3, 31);
    private static readonly DateOnly Invited = new(2026, 3, 1);
    private static readonly int[] SevenAndOne = [7, 1];

    private static DateOnly? Due(DateOnly today, DateOnly? last = null, int overdueEvery = 7, DateOnly? invited = null) =>
        ReminderSchedule.DueReminder(Deadline, SevenAndOne, overdueEvery, invited ?? Invited, last, today);

    [Fact]
    public void DueReminder_BeforeTheFirstReminderDay_IsNone() => Assert.Null(Due(Deadline.AddDays(-8)));

    [Fact]
    public void DueReminder_OnEachConfiguredDayBefore_IsThatDay()
    {
        Assert.Equal(Deadline.AddDays(-7), Due(Deadline.AddDays(-7)));
        Assert.Equal(Deadline.AddDays(-1), Due(Deadline.AddDays(-1), last: Deadline.AddDays(-7)));
    }

    [Fact]
    public void DueReminder_AlreadyRemindedForThatDay_IsNone()
    {
        Assert.Null(Due(Deadline.AddDays(-7), last: Deadline.AddDays(-7)));
        Assert.Null(Due(Deadline.AddDays(-3), last: Deadline.AddDays(-7)));
    }

    [Fact]
    public void DueReminder_AMissedDay_IsCaughtUpOnceNotPerDate() =>
        Assert.Equal(Deadline.AddDays(-1), Due(Deadline, last: null));

    [Fact]
    public void DueReminder_InvitedAfterAReminderDay_SkipsThatDay() =>
        Assert.Null(Due(Deadline.AddDays(-5), invited: Deadline.AddDays(-6)));

    [Fact]
    public void DueReminder_Overdue_TheDayAfterTheDeadlineThenEveryNDays()
    {
        Assert.Equal(Deadline.AddDays(1), Due(Deadline.AddDays(1), last: Deadline.AddDays(-1)));
        Assert.Null(Due(Deadline.AddDays(7), last: Deadline.AddDays(1)));
        Assert.Equal(Deadline.AddDays(8), Due(Deadline.AddDays(8), last: Deadline.AddDays(1)));
        Assert.Equal(Deadline.AddDays(15), Due(Deadline.AddDays(16), last: Deadline.AddDays(8)));
    }

    [Fact]
    public void DueReminder_OverdueRemindersOff_NoneAfterTheDeadline() =>
        Assert.Null(Due(Deadline.AddDays(8), last: Deadline.AddDays(-1), overdueEvery: 0));

    [Fact]
    public void DueEscalation_OnlyOnceAndOnlyWhenLateEnough()
    {
        Assert.False(ReminderSchedule.DueEscalation(Deadline, 7, alreadyEscalated: false, Deadline.AddDays(6)));
        Assert.True(ReminderSchedule.DueEscalation(Deadline, 7, alreadyEscalated: false, Deadline.AddDays(7)));
        Assert.False(ReminderSchedule.DueEscalation(Deadline, 7, alreadyEscalated: true, Deadline.AddDays(20)));
        Assert.False(ReminderSchedule.DueEscalation(Deadline, 0, alreadyEscalated: false, Deadline.AddDays(20)));
    }
}
