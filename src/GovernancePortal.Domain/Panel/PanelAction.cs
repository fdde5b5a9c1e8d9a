using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Panel;

/// <summary>
/// A matter arising: something the Panel asked for at a meeting ("members asked for an update on activity to address
/// the management of strategic partnerships"), owned by an organisation and an officer, due by a later meeting. Open
/// ones are printed in the next cover report's "Actions from the previous Panel" section.
/// </summary>
public class PanelAction : Entity, IAudited, IVersioned
{
    public const int RequestMaxLength = TextLimits.MediumText;
    public const int ResponseMaxLength = TextLimits.MediumText;
    public const int OwnerMaxLength = TextLimits.ShortTitle;

    private PanelActionStatus status;

    public int PanelId { get; set; }

    /// <summary>Numbered in the order raised, per panel: "PA-1".</summary>
    public int Number { get; set; }

    public int RaisedAtMeetingId { get; set; }

    public PanelMeeting? RaisedAtMeeting { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Request { get; set; }

    /// <summary>The officer who owns the response ("Director of Strategy &amp; Governance").</summary>
    public required string Owner { get; set; }

    public int? DueMeetingId { get; set; }

    public PanelMeeting? DueMeeting { get; set; }

    public PanelActionStatus Status { get => status; init => status = value; }

    /// <summary>The response so far, or the final one once closed.</summary>
    public string? Response { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    public string? RespondedByName { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? ClosedByName { get; private set; }

    public Guid Version { get; set; }

    public string Reference => $"PA-{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public bool IsOpen => Status == PanelActionStatus.Open;

    public static PanelAction Raise(PanelMeeting raisedAt, int number, int organisationId, string request, string owner, PanelMeeting? dueAt)
    {
        ArgumentNullException.ThrowIfNull(raisedAt);
        var action = new PanelAction
        {
            PanelId = raisedAt.PanelId,
            Number = number,
            RaisedAtMeetingId = raisedAt.Id,
            RaisedAtMeeting = raisedAt,
            OrganisationId = organisationId,
            Request = Required(request, "request"),
            Owner = Required(owner, "owner"),
            Status = PanelActionStatus.Open,
        };
        action.SetDue(dueAt);
        return action;
    }

    public void Edit(string request, string owner, PanelMeeting? dueAt)
    {
        RequireOpen();
        Request = Required(request, "request");
        Owner = Required(owner, "owner");
        SetDue(dueAt);
    }

    /// <summary>Records the response; <paramref name="close"/> closes the action with it.</summary>
    public void Respond(string response, bool close, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        Response = Required(response, "response");
        RespondedAtUtc = actor.AtUtc;
        RespondedByName = actor.Name;
        if (close)
        {
            status = PanelActionStatus.Closed;
            ClosedAtUtc = actor.AtUtc;
            ClosedByName = actor.Name;
        }
    }

    public void Reopen()
    {
        if (IsOpen)
        {
            throw new DomainException("This action is already open");
        }

        status = PanelActionStatus.Open;
        ClosedAtUtc = null;
        ClosedByName = null;
    }

    /// <summary>Open and raised at a meeting before <paramref name="meetingDate"/>: what a cover report for that meeting lists.</summary>
    public bool IsOutstandingFor(DateOnly meetingDate) => IsOpen && RaisedAtMeeting is { } raised && raised.Date < meetingDate;

    private void SetDue(PanelMeeting? dueAt)
    {
        if (dueAt is not null && RaisedAtMeeting is { } raised && dueAt.Date <= raised.Date)
        {
            throw new DomainException("The action must be due at a meeting after the one that raised it");
        }

        DueMeetingId = dueAt?.Id;
        DueMeeting = dueAt;
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("This action is closed: reopen it to change it");
        }
    }

    private static string Required(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException($"Enter the {what}") : text.Trim();
}

public enum PanelActionStatus
{
    Open,
    Closed,
}
