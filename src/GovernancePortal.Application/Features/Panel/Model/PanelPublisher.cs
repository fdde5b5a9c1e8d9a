using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Seed;

namespace GovernancePortal.Application.Features.Panel.Model;

/// <summary>
/// Publishes a paper to an Audit Panel meeting: composes its pack (a cover report with its appendices), renders it as
/// PDF, HTML and Word and freezes each file with its SHA-256; takes the snapshot of the paper's organisation's register
/// as at the day; and hands them to <see cref="PanelMeeting.Publish"/> or <see cref="PanelMeeting.Correct"/>, which
/// apply the rules. The caller saves. Also the demo seeding's way to publish past papers (<see cref="IPanelPublisher"/>).
/// </summary>
public sealed class PanelPublisher(PaperComposer composer, RegisterSnapshotBuilder snapshots) : IPanelPublisher
{
    public async Task<PanelPublication> PublishAsync(PanelMeeting meeting, Paper paper, DateOnly asAt, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(actor);
        Refuse(meeting.IsHeld ? "This meeting has been held: publish to a later meeting, or correct a paper already published to it" : null);
        Refuse(paper.IsPublished ? null : $"{paper.Title} is not published yet: only published papers go to the Audit Panel");
        Refuse(meeting.Publications.Any(p => p.PaperId == paper.Id) ? $"{paper.Title} is already published to this meeting; publish a correction instead" : null);
        var (snapshot, files) = await FreezeAsync(paper, asAt, actor, cancellationToken);
        return meeting.Publish(paper, snapshot, files, actor);
    }

    public async Task<PanelPublication> CorrectAsync(PanelMeeting meeting, PanelPublication earlier, Paper paper, string reason, DateOnly asAt, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(actor);
        Refuse(paper.IsPublished ? null : $"{paper.Title} is not published yet: only published papers go to the Audit Panel");
        var (snapshot, files) = await FreezeAsync(paper, asAt, actor, cancellationToken);
        return meeting.Correct(earlier, paper, reason, snapshot, files, actor);
    }

    /// <summary>The paper's three files, frozen, and the snapshot of its organisation's register as at the day.</summary>
    private async Task<(PanelSnapshot Snapshot, IReadOnlyList<PublishedFile> Files)> FreezeAsync(Paper paper, DateOnly asAt, Actor actor, CancellationToken cancellationToken)
    {
        var pack = await composer.ComposePackAsync(paper, cancellationToken);
        var at = new DateTimeOffset(DateTime.SpecifyKind(actor.AtUtc, DateTimeKind.Utc));
        var files = new List<PublishedFile>();
        foreach (var (format, rendered) in new[] { (PublishedFormat.Pdf, PaperFormat.Pdf), (PublishedFormat.Html, PaperFormat.Html), (PublishedFormat.Word, PaperFormat.Docx) })
        {
            var file = PaperFiles.Render(pack, rendered, at);
            files.Add(PublishedFile.Freeze(format, file.FileName, file.ContentType, file.Content));
        }

        var register = await snapshots.BuildAsync(paper.OrganisationId, asAt, cancellationToken);
        return (PanelSnapshot.Take(paper.OrganisationId, register, actor.AtUtc), files);
    }

    /// <summary>Refuses before the costly rendering what the meeting would refuse anyway.</summary>
    private static void Refuse(string? problem)
    {
        if (problem is not null)
        {
            throw new DomainException(problem);
        }
    }
}
