using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers.Sections;

/// <summary>
/// Review comments on a section (/papers/{id}/sections/{sectionId}/comments): who said what on which version; reviewers
/// add comments while the paper is a draft or in review, those who draft it resolve them. Comments are not content, so
/// they make no new version of the paper; the audit trail records them.
/// </summary>
public static class SectionComments
{
    public sealed record Query(int PaperId, int SectionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, int SectionId, string Title, bool CanResolve, IReadOnlyList<Comment> Comments)
    {
        public bool TakesComments => Paper.IsEditable;
    }

    public sealed record Comment(int Id, string Text, string AuthorName, DateTime CreatedAtUtc, int Revision, DateTime? ResolvedAtUtc, string? ResolvedByName);

    public sealed class Form
    {
        public string? Text { get; set; }
    }

    /// <summary>A comment adds to the paper without changing it, so two reviewers commenting at once never conflict.</summary>
    public sealed record Command(int PaperId, int SectionId, string? Text) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record ResolveCommand(int PaperId, int SectionId, int CommentId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Text, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter your comment")
                .MaximumLength(Paper.CommentMaxLength).WithMessage($"The comment must be {Paper.CommentMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<ResolveCommand>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var section = PaperEdits.Section(paper, query.SectionId);
            return new View(
                PaperEdits.Heading(paper),
                section.Id,
                section.Title,
                AccessMatrix.Allows(user, Permission.ManagePapers, paper.Organisation!.Code),
                [.. paper.Comments.Where(c => c.SectionId == section.Id).OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id)
                    .Select(c => new Comment(c.Id, c.Text, c.AuthorName, c.CreatedAtUtc, c.Revision, c.ResolvedAtUtc, c.ResolvedByName))]);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.LoadAsync(db, command.PaperId, cancellationToken);
            paper.Comment(PaperEdits.Section(paper, command.SectionId), CleanText.Multiline(command.Text), await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(ResolveCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken);
            var comment = paper.Comments.SingleOrDefault(c => c.Id == command.CommentId && c.SectionId == command.SectionId)
                ?? throw new NotFoundException("There is no such comment on this section.");
            paper.ResolveComment(comment, await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
