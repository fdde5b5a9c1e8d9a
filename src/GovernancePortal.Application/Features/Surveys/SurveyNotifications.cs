using GovernancePortal.Application.Common;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// The e-mails the survey sends, queued in the outbox (<see cref="Domain.Messaging.OutboxMessage"/>) in the same
/// transaction as the change that causes them; a background job sends them. Call these before SaveChanges.
/// People without an e-mail address get no message: each one skipped is logged as a warning (category
/// <c>GovernancePortal.Mail</c>), and a reminder that reached nobody says so in the return's history.
/// </summary>
public static class SurveyNotifications
{
    /// <summary>The page of the return's task list, where the signatory and delegates complete it.</summary>
    public const string ReturnPage = "/Surveys/Complete/Index";

    private static string ReturnLink(int returnId) => Outbox.Link(ReturnPage, ("returnId", returnId));

    /// <summary>Queues an invitation (with a link to the return) to the signatory and each delegate of every return given.</summary>
    public static async Task QueueInvitationsAsync(GovernancePortalDbContext db, Survey survey, IEnumerable<SurveyReturn> returns, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(returns);
        var list = returns.ToList();
        if (list.Any(r => r.Id == 0))
        {
            // The link names the return: a new return must be saved first, inside the caller's transaction
            // (RespondentInvitations.SaveAndInviteIfIssuedAsync), so the return and its invitation are all or nothing.
            throw new InvalidOperationException("Save new returns (in a transaction) before queuing their invitations.");
        }

        var now = nowUtc;
        var organisation = await OrganisationNameAsync(db, survey, cancellationToken);
        foreach (var surveyReturn in list)
        {
            var signatory = await SignatoryAsync(db, surveyReturn, cancellationToken);
            foreach (var person in await RecipientsAsync(db, surveyReturn, cancellationToken))
            {
                var isSignatory = person.Id == signatory.Id;
                var email = new EmailText()
                    .Paragraph($"Dear {Name(person)},")
                    .Paragraph(isSignatory
                        ? $"You are asked to complete the {survey.Title} for {organisation}. This is your Statement of Internal Control for {surveyReturn.BusinessGroup ?? "your business area"}."
                        : $"You are asked to help complete the {survey.Title} for {organisation}, for {Name(signatory)}.")
                    .Paragraph($"The deadline is {Date(surveyReturn.Deadline)}.")
                    .Paragraph(isSignatory
                        ? "You can ask colleagues to draft answers, but only you can sign and submit the return."
                        : $"You can draft answers. Only {Name(signatory)} can sign and submit the return.")
                    .Link("Start or continue the return", ReturnLink(surveyReturn.Id))
                    .Paragraph("If you have a question about the survey, reply to the governance team.");
                await QueueAsync(db, "Survey invitation", $"sic-invitation:{surveyReturn.Id}:{person.Id}", person,
                    $"Complete your Statement of Internal Control by {Date(surveyReturn.Deadline)}", email, surveyReturn, now, cancellationToken);
            }
        }
    }

    /// <summary>Queues the notice that a return was reopened, with the reason, to its signatory and delegates.</summary>
    public static async Task QueueReopenedAsync(GovernancePortalDbContext db, Survey survey, SurveyReturn surveyReturn, string reason, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(surveyReturn);
        var now = nowUtc;
        var signatory = await SignatoryAsync(db, surveyReturn, cancellationToken);
        foreach (var person in await RecipientsAsync(db, surveyReturn, cancellationToken))
        {
            var email = new EmailText()
                .Paragraph($"Dear {Name(person)},")
                .Paragraph($"The governance team has reopened the {survey.Title} return for {Name(signatory)}, so it can be changed.")
                .Paragraph($"The reason they gave:\n{reason.Trim()}")
                .Paragraph($"When the changes are made, {Name(signatory)} needs to sign and submit the return again.")
                .Link("Open the return", ReturnLink(surveyReturn.Id));
            // One notice per reopening: the key carries the time, so a second reopening sends again.
            await QueueAsync(db, "Return reopened", $"sic-reopened:{surveyReturn.Id}:{now:yyyyMMddHHmmss}:{person.Id}", person,
                $"Your Statement of Internal Control has been reopened: {survey.Title}", email, surveyReturn, now, cancellationToken);
        }
    }

    /// <summary>
    /// Queues a reminder for a return due one (scheduled on <paramref name="dueOn"/>) to its signatory and delegates, and
    /// records it on the return. Returns the messages queued (0 when it had been queued already).
    /// </summary>
    public static async Task<int> QueueReminderAsync(GovernancePortalDbContext db, Survey survey, SurveyReturn surveyReturn, DateOnly dueOn, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(surveyReturn);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.Today();
        var signatory = await SignatoryAsync(db, surveyReturn, cancellationToken);
        var recipients = await RecipientsAsync(db, surveyReturn, cancellationToken);
        var daysLeft = surveyReturn.Deadline.DayNumber - today.DayNumber;
        var when = daysLeft switch
        {
            > 1 => $"is due in {daysLeft} days, on {Date(surveyReturn.Deadline)}",
            1 => $"is due tomorrow, {Date(surveyReturn.Deadline)}",
            0 => $"is due today, {Date(surveyReturn.Deadline)}",
            _ => $"was due on {Date(surveyReturn.Deadline)} and is now {Domain.Text.Plural.Of(-daysLeft, "day")} late",
        };
        var queued = 0;
        var key = $"sic-reminder:{surveyReturn.Id}:{dueOn:yyyy-MM-dd}";
        if (await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey.StartsWith(key + ":"), cancellationToken))
        {
            return 0;
        }

        foreach (var person in recipients)
        {
            var email = new EmailText()
                .Paragraph($"Dear {Name(person)},")
                .Paragraph($"The {survey.Title} return for {Name(signatory)} {when}. It has not been submitted yet.")
                .Paragraph(person.Id == signatory.Id
                    ? "Please finish it, then sign and submit it."
                    : $"Please finish your part. Only {Name(signatory)} can sign and submit it.")
                .Link("Continue the return", ReturnLink(surveyReturn.Id));
            if (await QueueAsync(db, daysLeft < 0 ? "Overdue reminder" : "Reminder", $"{key}:{person.Id}", person,
                daysLeft < 0 ? $"Overdue: your Statement of Internal Control was due on {Date(surveyReturn.Deadline)}" : $"Reminder: your Statement of Internal Control {when}",
                email, surveyReturn, now, cancellationToken))
            {
                queued++;
            }
        }

        surveyReturn.RecordReminder(now, queued > 0
            ? $"Reminder for {Date(dueOn)} sent to {Domain.Text.Plural.Of(queued, "person", "people")}"
            : $"Reminder for {Date(dueOn)} not sent: no one named on the return has an e-mail address");
        return queued;
    }

    /// <summary>The governance team's page of a return (status, answers, history), linked from escalations.</summary>
    public const string ReturnDetailsPage = "/Surveys/Returns/Details";

    /// <summary>
    /// Queues the escalation of overdue returns of one survey to each member of the governance team of its organisation —
    /// one message listing them all, each linked to its page — and records the escalation on each return.
    /// </summary>
    public static async Task<int> QueueEscalationAsync(GovernancePortalDbContext db, Survey survey, IReadOnlyList<SurveyReturn> overdue, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(overdue);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.Today();
        var team = await GovernanceTeamAsync(db, survey.OrganisationId, cancellationToken);
        var lines = new List<(string Text, string Link)>();
        foreach (var surveyReturn in overdue.OrderBy(r => r.Deadline).ThenBy(r => r.Id))
        {
            var signatory = await SignatoryAsync(db, surveyReturn, cancellationToken);
            var daysLate = today.DayNumber - surveyReturn.Deadline.DayNumber;
            lines.Add(($"{Name(signatory)}{(surveyReturn.BusinessGroup is { } group ? $" ({group})" : string.Empty)}: due {Date(surveyReturn.Deadline)}, {Domain.Text.Plural.Of(daysLate, "day")} late",
                Outbox.Link(ReturnDetailsPage, ("returnId", surveyReturn.Id))));
        }

        var queued = 0;
        foreach (var member in team)
        {
            var email = new EmailText()
                .Paragraph($"Dear {member.Name},")
                .Paragraph(overdue.Count == 1
                    ? $"This {survey.Title} return is overdue and has not been submitted:"
                    : $"These {overdue.Count} {survey.Title} returns are overdue and have not been submitted:");
            foreach (var (text, link) in lines)
            {
                email.Link(text, link);
            }

            email.Paragraph("You may want to contact the leads, or their offices, directly. Each return is escalated to you once; reminders to the leads continue while it is overdue.");
            var subject = overdue.Count == 1
                ? $"Overdue Statement of Internal Control: {lines[0].Text.Split(':')[0]}"
                : $"{overdue.Count} overdue Statements of Internal Control ({survey.Title})";
            if (await Outbox.QueueAsync(db, new OutgoingEmail("Overdue returns escalated", $"sic-escalation:{survey.Id}:{today:yyyy-MM-dd}:{member.UserId}", member.Email, member.Name,
                    subject, email.Text, email.Html, $"Survey:{survey.Id}"), now, cancellationToken))
            {
                queued++;
            }
        }

        if (team.Count == 0)
        {
            Log(db).LogWarning("{Count} returns of survey {SurveyId} are overdue but no governance team account of organisation {OrganisationId} has an e-mail address: nobody was told.", overdue.Count, survey.Id, survey.OrganisationId);
        }

        foreach (var surveyReturn in overdue)
        {
            var daysLate = today.DayNumber - surveyReturn.Deadline.DayNumber;
            surveyReturn.RecordEscalation(now, queued > 0
                ? $"{Domain.Text.Plural.Of(daysLate, "day")} late: the governance team was told ({Domain.Text.Plural.Of(queued, "person", "people")})"
                : $"{Domain.Text.Plural.Of(daysLate, "day")} late: no governance team account has an e-mail address");
        }

        return queued;
    }

    private sealed record TeamMember(string UserId, string Email, string Name);

    private static async Task<List<TeamMember>> GovernanceTeamAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var roleIds = db.Roles.Where(r => r.Name == AppRoles.GovernanceTeam).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && u.Email != string.Empty)
            .Where(u => db.UserOrganisations.Any(o => o.UserId == u.Id && o.OrganisationId == organisationId))
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.Email)
            .Select(u => new TeamMember(u.Id, u.Email!, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    private static async Task<bool> QueueAsync(GovernancePortalDbContext db, string kind, string key, Person person, string subject, EmailText email, SurveyReturn surveyReturn, DateTime now, CancellationToken cancellationToken) =>
        await Outbox.QueueAsync(db, new OutgoingEmail(kind, key, person.Email!, person.FullName ?? person.JobTitle, subject, email.Text, email.Html, RecordKey(surveyReturn)), now, cancellationToken);

    /// <summary>The signatory and delegates who have an e-mail address; each one without is logged.</summary>
    private static async Task<List<Person>> RecipientsAsync(GovernancePortalDbContext db, SurveyReturn surveyReturn, CancellationToken cancellationToken)
    {
        var people = new List<Person> { await SignatoryAsync(db, surveyReturn, cancellationToken) };
        foreach (var returnDelegate in surveyReturn.Delegates)
        {
            people.Add(returnDelegate.Person ?? await db.People.FirstAsync(p => p.Id == returnDelegate.PersonId, cancellationToken));
        }

        var withAddress = new List<Person>();
        foreach (var person in people.DistinctBy(p => p.Id))
        {
            if (string.IsNullOrWhiteSpace(person.Email))
            {
                Log(db).LogWarning("No e-mail for {Person} (person {PersonId}) about return {ReturnId}: they have no e-mail address in the portal.", person.DisplayName, person.Id, surveyReturn.Id);
            }
            else
            {
                withAddress.Add(person);
            }
        }

        return withAddress;
    }

    private static async Task<Person> SignatoryAsync(GovernancePortalDbContext db, SurveyReturn surveyReturn, CancellationToken cancellationToken) =>
        surveyReturn.Signatory ?? await db.People.FirstAsync(p => p.Id == surveyReturn.SignatoryId, cancellationToken);

    private static async Task<string> OrganisationNameAsync(GovernancePortalDbContext db, Survey survey, CancellationToken cancellationToken) =>
        survey.Organisation?.ShortName ?? await db.Organisations.Where(o => o.Id == survey.OrganisationId).Select(o => o.ShortName).FirstAsync(cancellationToken);

    private static string RecordKey(SurveyReturn surveyReturn) => $"SurveyReturn:{surveyReturn.Id}";

    private static string Name(Person person) => string.IsNullOrWhiteSpace(person.FullName) ? person.JobTitle : person.FullName;

    private static string Date(DateOnly date) => LongDate.Of(date);


    private static ILogger Log(GovernancePortalDbContext db) =>
        (db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(ILoggerFactory)) as ILoggerFactory)?.CreateLogger("GovernancePortal.Mail")
        ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
