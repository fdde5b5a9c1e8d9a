using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Panel;

/// <summary>
/// A Panel member's question on a paper published to a meeting, asked before the meeting, and the governance team's
/// answer. The log stays with the paper (<see cref="PaperId"/>) across corrections.
/// </summary>
public class PaperQuestion : Entity, IAudited, IVersioned
{
    public const int TextMaxLength = TextLimits.MediumText;

    public int PublicationId { get; set; }

    public PanelPublication? Publication { get; set; }

    public int PaperId { get; set; }

    public int MeetingId { get; set; }

    public required string Text { get; set; }

    public string? AskedByUserId { get; set; }

    public string AskedByName { get; set; } = string.Empty;

    public DateTime AskedAtUtc { get; set; }

    public string? Answer { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public Guid Version { get; set; }

    public bool IsAnswered => Answer is not null;

    /// <summary>A question on a publication, taken until its meeting is recorded as held.</summary>
    public static PaperQuestion Ask(PanelPublication publication, PanelMeeting meeting, string text, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actor);
        if (publication.MeetingId != meeting.Id)
        {
            throw new DomainException("That paper is not published to this meeting");
        }

        if (meeting.IsHeld)
        {
            throw new DomainException("The meeting has been held: questions on its papers are closed");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Enter your question");
        }

        return new PaperQuestion
        {
            PublicationId = publication.Id,
            Publication = publication,
            PaperId = publication.PaperId,
            MeetingId = meeting.Id,
            Text = text.Trim(),
            AskedByUserId = actor.UserId,
            AskedByName = actor.Name,
            AskedAtUtc = actor.AtUtc,
        };
    }

    /// <summary>The governance team's answer; it can be amended (the audit keeps every version).</summary>
    public void AnswerWith(string answer, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException("Enter the answer");
        }

        Answer = answer.Trim();
        AnsweredByName = actor.Name;
        AnsweredAtUtc = actor.AtUtc;
    }
}
