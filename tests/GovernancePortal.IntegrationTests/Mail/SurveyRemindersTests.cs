using GovernancePortal.Application.Features.Surveys;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovernancePortal.IntegrationTests.Mail;

/// <summary>The reminders job's work with a fixed clock: before the deadline, while overdue, escalation, and re-runs.</summary>
[Collection(SqliteSurveyReturnsCollection.Name)]
public sealed class SurveyRemindersTests(SqlitePortal portal)
{
    private async Task<SurveyReminders.Result> RunOnAsync(DateOnly day)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await using var scope = portal.NewScope();
        return await SurveyReminders.RunAsync(scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>(), time, CancellationToken.None);
    }

    [Fact]
    public async Task Reminders_ThroughTheDeadline_QueueEachReminderOnceAndEscalateOnce()
    {
        var (surveyId, returnId, _, _) = await portal.NewMailSurveyAsync();
        var deadline = (await portal.ReturnAsync(returnId)).Deadline;

        // Before the first reminder date: nothing.
        await RunOnAsync(deadline.AddDays(-10));
        Assert.Empty(await MailTestSupport.MessagesAsync(portal, $"sic-reminder:{returnId}:"));

        foreach (var day in new[] { -7, -1, 1, 7, 8 })
        {
            await RunOnAsync(deadline.AddDays(day));
            await RunOnAsync(deadline.AddDays(day)); // a second run the same day adds nothing
        }

        var reminders = await MailTestSupport.MessagesAsync(portal, $"sic-reminder:{returnId}:");
        Assert.Equal(
            new[] { deadline.AddDays(-7), deadline.AddDays(-1), deadline.AddDays(1), deadline.AddDays(8) }.Select(d => $"sic-reminder:{returnId}:{d:yyyy-MM-dd}:"),
            reminders.Select(m => m.DeduplicationKey[..m.DeduplicationKey.LastIndexOf(':')] + ":"));
        Assert.StartsWith("Reminder: your Statement of Internal Control is due in 7 days", reminders[0].Subject, StringComparison.Ordinal);
        Assert.StartsWith("Overdue: ", reminders[2].Subject, StringComparison.Ordinal);
        Assert.Contains($"{{page:/Surveys/Complete/Index?returnId={returnId}}}", reminders[0].TextBody, StringComparison.Ordinal);

        // The governance team hears once, in one message per survey, linked to its own page of the return.
        var escalations = await MailTestSupport.MessagesAsync(portal, $"sic-escalation:{surveyId}:");
        Assert.Contains(escalations, m => m.ToAddress == PortalFactory.Accounts.MetGovernance);
        Assert.All(escalations, m => Assert.Contains($"{{page:/Surveys/Returns/Details?returnId={returnId}}}", m.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain(escalations, m => m.ToAddress == PortalFactory.Accounts.MopacGovernance);
        Assert.Equal(escalations.Count, escalations.Select(m => m.ToAddress).Distinct().Count());

        var stored = await portal.ReturnAsync(returnId);
        Assert.Equal(4, stored.RemindersSent);
        Assert.NotNull(stored.EscalatedAtUtc);
        Assert.Equal(4, stored.Events.Count(e => e.Kind == ReturnEventKind.Reminded));
        Assert.Single(stored.Events, e => e.Kind == ReturnEventKind.Escalated);
    }

    [Fact]
    public async Task Reminders_SubmittedOrDraft_AreNotReminded()
    {
        var returnId = (await portal.NewMailSurveyAsync(issue: false)).ReturnId;
        var deadline = (await portal.ReturnAsync(returnId)).Deadline;

        await RunOnAsync(deadline.AddDays(-1));

        Assert.Empty(await MailTestSupport.MessagesAsync(portal, $"sic-reminder:{returnId}:"));
    }

    [Fact]
    public async Task Reminders_PersonWithoutEmail_GetsNoMessageAndTheHistorySaysSo()
    {
        var returnId = (await portal.NewMailSurveyAsync()).ReturnId;
        await portal.WithDbAsync(async db =>
        {
            var signatoryId = await db.SurveyReturns.Where(r => r.Id == returnId).Select(r => r.SignatoryId).SingleAsync();
            var person = await db.People.AsTracking().SingleAsync(p => p.Id == signatoryId);
            person.Email = null;
            return await db.SaveChangesAsync();
        });
        var deadline = (await portal.ReturnAsync(returnId)).Deadline;

        await RunOnAsync(deadline.AddDays(-1));

        Assert.Empty(await MailTestSupport.MessagesAsync(portal, $"sic-reminder:{returnId}:"));
        var reminded = Assert.Single((await portal.ReturnAsync(returnId)).Events, e => e.Kind == ReturnEventKind.Reminded);
        Assert.Contains("no one named on the return has an e-mail address", reminded.Note, StringComparison.Ordinal);
    }
}
