using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// Publishes a published paper to an Audit Panel meeting (/panel/meetings/{id}/publish): its files frozen with their
/// hashes and the snapshot of its organisation's register as at today. Offered: the published papers of the
/// organisations the user runs the panel for, not yet published to this meeting.
/// </summary>
public static class PublishToMeeting
{
    public sealed record Query(int MeetingId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record PaperChoice(int Id, string Title, PaperKind Kind, string OrganisationName, DateTime? PublishedAtUtc);

    public sealed record View(PanelReads.MeetingHeading Meeting, IReadOnlyList<PaperChoice> Papers);

    /// <summary>Scoped to the chosen paper: the governance team publishes only its own organisation's papers.</summary>
    public sealed record Command(int MeetingId, int? PaperId) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => PaperId is { } id ? ScopeTarget.Paper(id) : ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => RuleFor(c => c.PaperId).NotNull().WithMessage("Choose the paper to publish");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PanelPublisher publisher)
        : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelReads.MeetingAsync(db, query.MeetingId, cancellationToken);
            var served = await db.PanelMeetings.AsNoTracking().Where(m => m.Id == query.MeetingId)
                .SelectMany(m => m.Panel!.Organisations.Select(o => o.Organisation!.Code)).ToListAsync(cancellationToken);
            var codes = served.Where(c => AccessMatrix.Allows(user, Permission.ManagePanel, c)).ToList();
            var papers = await db.Papers.AsNoTracking()
                .Where(p => p.Status == PaperStatus.Published && codes.Contains(p.Organisation!.Code)
                    && !db.PanelPublications.Any(x => x.MeetingId == query.MeetingId && x.PaperId == p.Id))
                .OrderBy(p => p.Organisation!.Code).ThenByDescending(p => p.PublishedAtUtc).ThenBy(p => p.Title)
                .Select(p => new PaperChoice(p.Id, p.Title, p.Kind, p.Organisation!.ShortName, p.PublishedAtUtc))
                .ToListAsync(cancellationToken);
            return new View(meeting, papers);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await PanelReads.MeetingForPublishingAsync(db, command.MeetingId, cancellationToken);
            var paper = await PaperComposer.LoadAsync(db, command.PaperId!.Value, cancellationToken)
                ?? throw new NotFoundException("There is no such paper.");
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            var publication = await publisher.PublishAsync(meeting, paper, time.Today(), actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return publication.Id;
        }
    }
}
