using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Publications;

/// <summary>
/// Publishes a correction (/panel/publications/{id}/correct): a new edition of a paper published to a meeting, the
/// same paper rendered again or another published paper of the same organisation and kind, with the reason. The
/// earlier edition stays visible and unchanged.
/// </summary>
public static class CorrectPublication
{
    public sealed record Query(int PublicationId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.Publication(PublicationId);
    }

    public sealed record PaperChoice(int Id, string Title, bool IsSamePaper);

    public sealed record View(PanelReads.PublicationHeading Publication, bool IsCorrected, IReadOnlyList<PaperChoice> Papers);

    public sealed record Command(int PublicationId, int? PaperId, string? Reason) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.Publication(PublicationId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PaperId).NotNull().WithMessage("Choose the paper to publish as the correction");
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Give the reason for the correction")
                .MaximumLength(PanelMeeting.CorrectionReasonMaxLength).WithMessage($"The reason must be {PanelMeeting.CorrectionReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PanelPublisher publisher)
        : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var heading = await PanelReads.PublicationAsync(db, query.PublicationId, cancellationToken);
            var publication = await db.PanelPublications.AsNoTracking().Where(p => p.Id == query.PublicationId)
                .Select(p => new { p.PaperId, p.OrganisationId, p.PaperKind }).SingleAsync(cancellationToken);
            var corrected = await db.PanelPublications.AnyAsync(p => p.CorrectsId == query.PublicationId, cancellationToken);
            var papers = await db.Papers.AsNoTracking()
                .Where(p => p.Status == PaperStatus.Published && p.OrganisationId == publication.OrganisationId && p.Kind == publication.PaperKind)
                .OrderByDescending(p => p.Id == publication.PaperId).ThenByDescending(p => p.PublishedAtUtc)
                .Select(p => new PaperChoice(p.Id, p.Title, p.Id == publication.PaperId))
                .ToListAsync(cancellationToken);
            return new View(heading, corrected, papers);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meetingId = await db.PanelPublications.Where(p => p.Id == command.PublicationId).Select(p => p.MeetingId).SingleAsync(cancellationToken);
            var meeting = await PanelReads.MeetingForPublishingAsync(db, meetingId, cancellationToken);
            var earlier = meeting.Publications.Single(p => p.Id == command.PublicationId);
            var paper = await PaperComposer.LoadAsync(db, command.PaperId!.Value, cancellationToken);
            if (paper is null || paper.OrganisationId != earlier.OrganisationId)
            {
                throw new NotFoundException("There is no such paper.");
            }

            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            var correction = await publisher.CorrectAsync(meeting, earlier, paper, CleanText.Multiline(command.Reason), time.Today(), actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return correction.Id;
        }
    }
}
