using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>When and where a meeting is, as the create and reschedule forms take it.</summary>
public interface IMeetingFields
{
    DateParts Date { get; }

    string? StartsAt { get; }

    string? Location { get; }

    bool IsOnline { get; }

    DateParts NextMeetingOn { get; }
}

/// <summary>The form of <see cref="IMeetingFields"/>: GOV.UK date inputs, the time as typed.</summary>
public sealed class MeetingForm : IMeetingFields
{
    public DateParts Date { get; set; } = new();

    public string? StartsAt { get; set; }

    public string? Location { get; set; }

    public bool IsOnline { get; set; }

    public DateParts NextMeetingOn { get; set; } = new();

    public Guid Version { get; set; }

    public static MeetingForm From(PanelMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingForm
        {
            Date = DateParts.From(meeting.Date),
            StartsAt = meeting.StartsAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Location = meeting.Location,
            IsOnline = meeting.IsOnline,
            NextMeetingOn = DateParts.From(meeting.NextMeetingOn),
            Version = meeting.Version,
        };
    }
}

/// <summary>The rules of the meeting fields, shared by planning and rescheduling.</summary>
public abstract class MeetingFieldsValidator<T> : UseCaseValidator<T>
    where T : IMeetingFields
{
    protected MeetingFieldsValidator()
    {
        RuleFor(c => c.Date).Must(d => d.Date is not null)
            .WithMessage(c => c.Date.IsEmpty ? "Enter the date of the meeting" : "Enter the date of the meeting as a real date, for example 14 3 2017");
        RuleFor(c => c.StartsAt).Must(t => string.IsNullOrWhiteSpace(t) || PanelRecords.ParseTime(t) is not null)
            .WithMessage("Enter the start time as hours and minutes, for example 14:00");
        this.RuleForCleaned(c => c.Location, CleanText.SingleLine)
            .MaximumLength(PanelMeeting.LocationMaxLength).WithMessage($"The location must be {PanelMeeting.LocationMaxLength} characters or fewer");
        RuleFor(c => c.NextMeetingOn).Must(d => d.IsEmpty || d.Date is not null)
            .WithMessage("Enter the date of the next meeting as a real date, for example 27 6 2017");
    }

    public static MeetingDetails Details(IMeetingFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new MeetingDetails(fields.Date.Date!.Value, PanelRecords.ParseTime(fields.StartsAt), CleanText.OptionalLine(fields.Location), fields.IsOnline, fields.NextMeetingOn.Date);
    }
}
