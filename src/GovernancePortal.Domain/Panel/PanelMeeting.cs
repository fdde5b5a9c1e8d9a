using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Domain.Panel;

/// <summary>
/// A meeting of the Audit Panel: when and where, who attended and who sent apologies, the agenda, the papers published
/// to it and the next meeting's date. Planned until the governance team records it as held; questions on its papers
/// are taken until then.
/// </summary>
public class PanelMeeting : Entity, IAudited, IVersioned
{
    public const int LocationMaxLength = TextLimits.ShortTitle;
    public const int CorrectionReasonMaxLength = TextLimits.MediumText;

    private MeetingStatus status;

    public int PanelId { get; set; }

    public AuditPanel? Panel { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly? StartsAt { get; set; }

    /// <summary>The room and building, or the online service.</summary>
    public string? Location { get; set; }

    public bool IsOnline { get; set; }

    public DateOnly? NextMeetingOn { get; set; }

    public MeetingStatus Status { get => status; init => status = value; }

    public DateTime? HeldRecordedAtUtc { get; private set; }

    public string? HeldRecordedByName { get; private set; }

    public List<MeetingAttendee> Attendees { get; set; } = [];

    public List<AgendaItem> AgendaItems { get; set; } = [];

    public List<PanelPublication> Publications { get; set; } = [];

    public Guid Version { get; set; }

    public bool IsHeld => Status == MeetingStatus.Held;

    public IReadOnlyList<AgendaItem> OrderedAgenda => [.. AgendaItems.OrderBy(i => i.SortOrder).ThenBy(i => i.Id)];

    public IReadOnlyList<MeetingAttendee> OrderedAttendees => [.. Attendees.OrderBy(a => a.Attendance).ThenBy(a => a.SortOrder).ThenBy(a => a.Id)];

    /// <summary>The current edition of each paper published to the meeting (corrections replace the editions they correct).</summary>
    public IReadOnlyList<PanelPublication> CurrentPublications =>
        [.. Publications.Where(p => !Publications.Any(c => c != p && c.IsCorrectionOf(p))).OrderBy(p => p.Sequence)];

    public static PanelMeeting Plan(AuditPanel panel, MeetingDetails details)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var meeting = new PanelMeeting { PanelId = panel.Id, Panel = panel, Status = MeetingStatus.Planned };
        meeting.Reschedule(details);
        return meeting;
    }

    public void Reschedule(MeetingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.NextMeetingOn is { } next && next <= details.Date)
        {
            throw new DomainException("The next meeting must be after this one");
        }

        Date = details.Date;
        StartsAt = details.StartsAt;
        Location = string.IsNullOrWhiteSpace(details.Location) ? null : details.Location.Trim();
        IsOnline = details.IsOnline;
        NextMeetingOn = details.NextMeetingOn;
    }

    /// <summary>Replaces the attendance list (present, in attendance for an item, apologies).</summary>
    public void SetAttendees(IReadOnlyList<AttendeeDetails> attendees)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        Attendees.Clear();
        var order = 0;
        foreach (var attendee in attendees.Where(a => !string.IsNullOrWhiteSpace(a.Name)))
        {
            Attendees.Add(new MeetingAttendee
            {
                Name = attendee.Name.Trim(),
                Role = attendee.Role?.Trim() ?? string.Empty,
                Attendance = attendee.Attendance,
                SortOrder = ++order,
            });
        }
    }

    /// <summary>Replaces the agenda. Item numbers are unique; a paper named on an item must be published to this meeting.</summary>
    public void SetAgenda(IReadOnlyList<AgendaItemDetails> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var named = items.Where(i => !string.IsNullOrWhiteSpace(i.Title)).ToList();
        var duplicate = named.GroupBy(i => i.Number.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException($"Item {duplicate.Key} appears more than once on the agenda");
        }

        if (named.Any(i => string.IsNullOrWhiteSpace(i.Number)))
        {
            throw new DomainException("Give every agenda item a number");
        }

        if (named.FirstOrDefault(i => i.PublicationId is { } id && Publications.All(p => p.Id != id)) is { } stray)
        {
            throw new DomainException($"Item {stray.Number.Trim()} names a paper that is not published to this meeting");
        }

        AgendaItems.Clear();
        var order = 0;
        foreach (var item in named)
        {
            AgendaItems.Add(new AgendaItem
            {
                Number = item.Number.Trim(),
                Title = item.Title.Trim(),
                PresentingOrganisationId = item.PresentingOrganisationId,
                PresentingOfficer = string.IsNullOrWhiteSpace(item.PresentingOfficer) ? null : item.PresentingOfficer.Trim(),
                PublicationId = item.PublicationId,
                SortOrder = ++order,
            });
        }
    }

    /// <summary>The meeting took place: its papers' question logs close.</summary>
    public void RecordHeld(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsHeld)
        {
            throw new DomainException("This meeting is already recorded as held");
        }

        status = MeetingStatus.Held;
        HeldRecordedAtUtc = actor.AtUtc;
        HeldRecordedByName = actor.Name;
    }

    /// <summary>
    /// Publishes a published paper of an organisation the panel serves to this meeting, with the frozen files and the
    /// snapshot of the data behind it. Once per paper per meeting; a correction is <see cref="Correct"/>.
    /// </summary>
    public PanelPublication Publish(Paper paper, PanelSnapshot snapshot, IReadOnlyList<PublishedFile> files, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (IsHeld)
        {
            throw new DomainException("This meeting has been held: publish to a later meeting, or correct a paper already published to it");
        }

        if (Publications.Any(p => p.PaperId == paper.Id))
        {
            throw new DomainException($"{paper.Title} is already published to this meeting; publish a correction instead");
        }

        var sequence = Publications.Count == 0 ? 1 : Publications.Max(p => p.Sequence) + 1;
        return Add(paper, snapshot, files, actor, sequence, edition: 1, corrects: null, reason: null);
    }

    /// <summary>
    /// A correction: a new edition of a paper published to this meeting (the same paper re-rendered, or a replacement
    /// of the same organisation and kind), with the reason. The earlier edition stays visible and unchanged.
    /// </summary>
    public PanelPublication Correct(PanelPublication earlier, Paper paper, string reason, PanelSnapshot snapshot, IReadOnlyList<PublishedFile> files, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(paper);
        if (!Publications.Contains(earlier))
        {
            throw new DomainException("That paper is not published to this meeting");
        }

        if (Publications.Any(p => p != earlier && p.IsCorrectionOf(earlier)))
        {
            throw new DomainException("That edition has already been corrected: correct the latest edition");
        }

        if (paper.OrganisationId != earlier.OrganisationId || paper.Kind != earlier.PaperKind)
        {
            throw new DomainException("A correction replaces a paper with one of the same organisation and kind");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason for the correction");
        }

        return Add(paper, snapshot, files, actor, earlier.Sequence, earlier.Edition + 1, earlier, reason.Trim());
    }

    private PanelPublication Add(Paper paper, PanelSnapshot snapshot, IReadOnlyList<PublishedFile> files, Actor actor, int sequence, int edition, PanelPublication? corrects, string? reason)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        if (!paper.IsPublished)
        {
            throw new DomainException($"{paper.Title} is not published yet: only published papers go to the Audit Panel");
        }

        if (Panel is { } panel && !panel.Serves(paper.OrganisationId))
        {
            throw new DomainException("The panel does not serve that paper's organisation");
        }

        if (snapshot.OrganisationId != paper.OrganisationId)
        {
            throw new DomainException("The snapshot must be of the paper's organisation");
        }

        if (files.Count == 0)
        {
            throw new DomainException("A publication needs its rendered files");
        }

        var publication = new PanelPublication(this, paper, snapshot, files, actor, sequence, edition, corrects, reason);
        Publications.Add(publication);
        return publication;
    }
}

public sealed record MeetingDetails(DateOnly Date, TimeOnly? StartsAt, string? Location, bool IsOnline, DateOnly? NextMeetingOn);

public sealed record AttendeeDetails(string Name, string? Role, Attendance Attendance);

public sealed record AgendaItemDetails(string Number, string Title, int? PresentingOrganisationId, string? PresentingOfficer, int? PublicationId);

public enum MeetingStatus
{
    Planned,
    Held,
}

public enum Attendance
{
    Present,

    /// <summary>Officers attending for an item.</summary>
    InAttendance,

    Apologies,
}

public class MeetingAttendee : Entity, IAudited
{
    public int MeetingId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>"Chair", "Independent member", "Director of Strategy &amp; Governance, MPS".</summary>
    public string Role { get; set; } = string.Empty;

    public Attendance Attendance { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>An item on a meeting's agenda: number, title, who presents it, and the paper (publication) for it.</summary>
public class AgendaItem : Entity, IAudited
{
    public const int NumberMaxLength = TextLimits.Code;

    public int MeetingId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public int? PresentingOrganisationId { get; set; }

    public Organisation? PresentingOrganisation { get; set; }

    public string? PresentingOfficer { get; set; }

    public int? PublicationId { get; set; }

    public int SortOrder { get; set; }
}
