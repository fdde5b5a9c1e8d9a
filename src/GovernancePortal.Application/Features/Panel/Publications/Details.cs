using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Publications;

/// <summary>
/// A paper as published to an Audit Panel meeting (/panel/publications/{id}): its editions (every one stays visible),
/// the frozen files with their SHA-256 hashes, the snapshot of the register behind it and the Panel's questions on it.
/// </summary>
public static class PublicationDetails
{
    public sealed record Query(int PublicationId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.Publication(PublicationId);
    }

    public sealed record Edition(int Id, int Number, string Title, string? Reason, DateTime PublishedAtUtc, string PublishedByName);

    public sealed record FileRow(PublishedFormat Format, string FileName, long Length, string Sha256);

    public sealed record SnapshotSummary(int Id, DateOnly AsAt, DateTime TakenAtUtc, string Sha256, int Actions, int OpenActions, int Recommendations, int OpenRecommendations);

    public sealed record QuestionRow(int Id, string Text, string AskedByName, DateTime AskedAtUtc, string? Answer, string? AnsweredByName, DateTime? AnsweredAtUtc, int Edition);

    public sealed record View(
        PanelReads.PublicationHeading Publication,
        string PaperKind,
        int PaperId,
        string? Reason,
        DateTime PublishedAtUtc,
        string PublishedByName,
        Edition? Corrects,
        Edition? CorrectedBy,
        IReadOnlyList<Edition> Editions,
        IReadOnlyList<FileRow> Files,
        SnapshotSummary Snapshot,
        IReadOnlyList<QuestionRow> Questions,
        bool CanAsk,
        bool CanManage);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, SnapshotReader snapshots) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var heading = await PanelReads.PublicationAsync(db, query.PublicationId, cancellationToken);
            var publication = await db.PanelPublications.AsNoTracking().Where(p => p.Id == query.PublicationId)
                .Select(p => new { p.MeetingId, p.Sequence, p.PaperId, p.PaperKind, p.Reason, p.PublishedAtUtc, p.PublishedByName, p.CorrectsId, p.SnapshotId })
                .SingleAsync(cancellationToken);
            var editions = await db.PanelPublications.AsNoTracking()
                .Where(p => p.MeetingId == publication.MeetingId && p.Sequence == publication.Sequence)
                .OrderBy(p => p.Edition)
                .Select(p => new Edition(p.Id, p.Edition, p.Title, p.Reason, p.PublishedAtUtc, p.PublishedByName))
                .ToListAsync(cancellationToken);
            var correctedById = await db.PanelPublications.AsNoTracking().Where(p => p.CorrectsId == query.PublicationId)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            var files = await db.PublishedFiles.AsNoTracking().Where(f => f.PublicationId == query.PublicationId)
                .OrderBy(f => f.Format)
                .Select(f => new FileRow(f.Format, f.FileName, f.Length, f.Sha256))
                .ToListAsync(cancellationToken);
            var snapshot = await db.PanelSnapshots.AsNoTracking().Where(s => s.Id == publication.SnapshotId)
                .Select(s => new { s.Id, s.AsAt, s.TakenAtUtc, s.Sha256 }).SingleAsync(cancellationToken);
            var register = await snapshots.ReadAsync(db, snapshot.Id, cancellationToken);
            var questions = await db.PaperQuestions.AsNoTracking()
                .Where(q => q.Publication!.MeetingId == publication.MeetingId && q.Publication.Sequence == publication.Sequence)
                .OrderBy(q => q.AskedAtUtc).ThenBy(q => q.Id)
                .Select(q => new QuestionRow(q.Id, q.Text, q.AskedByName, q.AskedAtUtc, q.Answer, q.AnsweredByName, q.AnsweredAtUtc, q.Publication!.Edition))
                .ToListAsync(cancellationToken);
            var code = heading.OrganisationCode;
            return new View(
                heading,
                Papers.Templates.SectionContentText.Kind(publication.PaperKind),
                publication.PaperId,
                publication.Reason,
                publication.PublishedAtUtc,
                publication.PublishedByName,
                editions.FirstOrDefault(e => e.Id == publication.CorrectsId),
                editions.FirstOrDefault(e => e.Id == correctedById),
                editions,
                files,
                new SnapshotSummary(snapshot.Id, snapshot.AsAt, snapshot.TakenAtUtc, snapshot.Sha256,
                    register.Actions.Count, register.Actions.Count(a => a.IsOpen), register.Recommendations.Count, register.Recommendations.Count(r => r.IsOpen)),
                questions,
                !heading.Meeting.IsHeld && AccessMatrix.Allows(user, Permission.AskPanelQuestions, code),
                AccessMatrix.Allows(user, Permission.ManagePanel, code));
        }
    }
}
