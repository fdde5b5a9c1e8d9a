using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// Who attended a meeting (/panel/meetings/{id}/attendees): names, roles and attendance (present, in attendance for an
/// item, apologies) as rows. The page can fill in the panel's members serving on the day as present, in one click.
/// </summary>
public static class RecordAttendees
{
    /// <summary>Empty rows offered below the attendees, to add more.</summary>
    public const int SpareRows = 3;

    public sealed record Query(int MeetingId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    /// <summary><see cref="Members"/>: the panel's members serving on the meeting's day, as rows of present attendees.</summary>
    public sealed record View(MeetingHeading Meeting, IReadOnlyList<Row> Members, Form Input);

    public sealed class Row
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public Attendance? Attendance { get; set; }
    }

    public sealed class Form
    {
        public List<Row> Rows { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed record Command(int MeetingId, Guid Version, IReadOnlyList<Row> Rows) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Rows).ChildRules(row =>
            {
                row.RuleFor(r => CleanText.SingleLine(r.Name)).MaximumLength(TextLimits.Name).WithMessage($"A name must be {TextLimits.Name} characters or fewer").OverridePropertyName("Name");
                row.RuleFor(r => CleanText.SingleLine(r.Role)).MaximumLength(TextLimits.JobTitle).WithMessage($"A role must be {TextLimits.JobTitle} characters or fewer").OverridePropertyName("Role");
                row.RuleFor(r => r.Attendance).NotNull().When(r => !string.IsNullOrWhiteSpace(r.Name)).WithMessage("Choose whether they were present, in attendance or sent apologies");
                row.RuleFor(r => r.Name).Must((r, name) => !string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(r.Role))
                    .WithMessage("Enter the name of the person with this role, or clear the role");
            });
        }
    }

    public static string RoleOf(PanelRole role) => role == PanelRole.Chair ? "Chair" : "Independent member";

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelRecords.MeetingAsync(db, query.MeetingId, cancellationToken, tracking: false);
            var panel = await PanelRecords.PanelAsync(db, cancellationToken);
            var members = (panel?.OrderedMembers ?? []).Where(m => m.ServesOn(meeting.Date))
                .Select(m => new Row { Name = m.Name, Role = RoleOf(m.Role), Attendance = Attendance.Present }).ToList();
            var rows = meeting.OrderedAttendees.Select(a => new Row { Name = a.Name, Role = a.Role, Attendance = a.Attendance }).ToList();
            rows.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new Row()));
            return new View(PanelRecords.Heading(meeting), members, new Form { Rows = rows, Version = meeting.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await PanelRecords.MeetingAsync(db, command.MeetingId, cancellationToken);
            db.ExpectVersion(meeting, command.Version, currentValues: () => new Dictionary<string, string?>
            {
                ["Rows"] = string.Join("; ", meeting.OrderedAttendees.Select(a => $"{a.Name} ({a.Attendance})")),
            });
            meeting.SetAttendees([.. command.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Name))
                .Select(r => new AttendeeDetails(CleanText.SingleLine(r.Name), CleanText.OptionalLine(r.Role), r.Attendance ?? Attendance.Present))]);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
