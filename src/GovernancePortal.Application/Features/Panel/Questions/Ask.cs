using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Questions;

/// <summary>
/// A Panel member asks a question on a published paper (/panel/publications/{id}/ask; the form is also on the
/// publication's page), until the meeting is recorded as held.
/// </summary>
public static class AskQuestion
{
    public sealed record Query(int PublicationId) : IQuery<PanelReads.PublicationHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.AskPanelQuestions;

        public ScopeTarget Scope => ScopeTarget.Publication(PublicationId);
    }

    public sealed record Command(int PublicationId, string? Text) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.AskPanelQuestions;

        public ScopeTarget Scope => ScopeTarget.Publication(PublicationId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            this.RuleForCleaned(c => c.Text, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter your question")
                .MaximumLength(PaperQuestion.TextMaxLength).WithMessage($"The question must be {PaperQuestion.TextMaxLength:N0} characters or fewer");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, PanelReads.PublicationHeading>, ICommandHandler<Command, int>
    {
        public async ValueTask<PanelReads.PublicationHeading> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return await PanelReads.PublicationAsync(db, query.PublicationId, cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var publication = await db.PanelPublications.Include(p => p.Meeting)
                .SingleAsync(p => p.Id == command.PublicationId, cancellationToken);
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            var question = PaperQuestion.Ask(publication, publication.Meeting!, CleanText.Multiline(command.Text), actor);
            db.PaperQuestions.Add(question);
            await db.SaveChangesAsync(cancellationToken);
            return question.Id;
        }
    }
}
