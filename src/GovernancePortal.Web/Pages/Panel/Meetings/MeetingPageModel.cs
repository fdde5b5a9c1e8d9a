using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

/// <summary>The pages of one meeting: the meeting's id from the route, reloading after an error, and the way back to it.</summary>
public abstract class MeetingPageModel(IMediator mediator) : RecordPageModel(mediator, "/Panel/Meetings/Details")
{
    protected IActionResult BackToMeeting(string message) => BackToRecord(message);
}

/// <summary>A confirmation form's only field: the version of the record it was shown at.</summary>
public sealed class VersionInput
{
    public Guid Version { get; set; }
}

/// <summary>A page with the meeting form (plan, reschedule): what the shared fields partial binds to.</summary>
public interface IMeetingFormPage
{
    GovernancePortal.Application.Features.Panel.Meetings.MeetingForm Input { get; }
}
