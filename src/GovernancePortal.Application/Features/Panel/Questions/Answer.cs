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
/// The governance team answers a Panel member's question on a paper (/panel/questions/{id}/answer), or amends the
/// answer (the audit trail keeps every version).
/// </summary>
public static class AnswerQuestion
{
    public sealed record Query(int QuestionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PaperQuestion(QuestionId);
    }

    public sealed class Form
    {
        public string? Answer { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record View(PanelReads.PublicationHeading Publication, string Question, string AskedByName, DateTime AskedAtUtc, Form Input);

    public sealed record Command(int QuestionId, Guid Version, string? Answer) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PaperQuestion(QuestionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            this.RuleForCleaned(c => c.Answer, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the answer")
                .MaximumLength(PaperQuestion.TextMaxLength).WithMessage($"The answer must be {PaperQuestion.TextMaxLength:N0} characters or fewer");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var question = await db.PaperQuestions.AsNoTracking().SingleAsync(q => q.Id == query.QuestionId, cancellationToken);
            var publication = await PanelReads.PublicationAsync(db, question.PublicationId, cancellationToken);
            return new View(publication, question.Text, question.AskedByName, question.AskedAtUtc, new Form { Answer = question.Answer, Version = question.Version });
        }

        /// <returns>The publication the question is on.</returns>
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var question = await db.PaperQuestions.SingleAsync(q => q.Id == command.QuestionId, cancellationToken);
            db.ExpectVersion(question, command.Version, currentValues: () => new Dictionary<string, string?> { ["Answer"] = question.Answer });
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            question.AnswerWith(CleanText.Multiline(command.Answer), actor);
            await db.SaveChangesAsync(cancellationToken);
            return question.PublicationId;
        }
    }
}
