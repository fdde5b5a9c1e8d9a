using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// The reminders and escalations of issued surveys' returns not yet submitted (rules: <see cref="ReminderSchedule"/>),
/// queued in the outbox and recorded on each return in one save. Run by the scheduled job; safe to run again and from
/// two instances at once: every message has a de-duplication key (<c>sic-reminder:{return}:{date}:{person}</c>,
/// <c>sic-escalation:{return}:{user}</c>) and the return remembers its last reminder and its escalation.
/// </summary>
public static class SurveyReminders
{
    public sealed record Result(int Reminders, int Escalations, int Messages);

    public static async Task<Result> RunAsync(GovernancePortalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var today = time.Today();
        var returns = await db.SurveyReturns.AsTracking()
            .Include(r => r.Survey)
            .Include(r => r.Signatory)
            .Include(r => r.Delegates).ThenInclude(d => d.Person)
            .Where(r => r.Survey!.Status == SurveyStatus.Issued && r.Status != ReturnStatus.Submitted)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);

        int reminders = 0, escalations = 0, messages = 0;
        var toEscalate = new List<SurveyReturn>();
        foreach (var surveyReturn in returns)
        {
            var survey = surveyReturn.Survey!;
            var invitedAt = surveyReturn.InvitedAtUtc ?? survey.IssuedAtUtc;
            if (invitedAt is null)
            {
                continue;
            }

            var invitedOn = LondonDate(invitedAt.Value);
            var lastOn = surveyReturn.LastReminderAtUtc is { } last ? LondonDate(last) : (DateOnly?)null;
            if (ReminderSchedule.DueReminder(surveyReturn.Deadline, survey.ReminderOffsets, survey.OverdueReminderEveryDays, invitedOn, lastOn, today) is { } dueOn)
            {
                messages += await SurveyNotifications.QueueReminderAsync(db, survey, surveyReturn, dueOn, time, cancellationToken);
                reminders++;
            }

            if (ReminderSchedule.DueEscalation(surveyReturn.Deadline, survey.EscalateAfterDaysOverdue, surveyReturn.EscalatedAtUtc is not null, today))
            {
                toEscalate.Add(surveyReturn);
            }
        }

        // One message per survey to each member of its governance team, listing every return escalated today.
        foreach (var group in toEscalate.GroupBy(r => r.Survey!))
        {
            messages += await SurveyNotifications.QueueEscalationAsync(db, group.Key, [.. group], time, cancellationToken);
            escalations += group.Count();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Result(reminders, escalations, messages);
    }

    private static DateOnly LondonDate(DateTime utc) => DateOnly.FromDateTime(LondonClock.ToLondon(utc));
}
