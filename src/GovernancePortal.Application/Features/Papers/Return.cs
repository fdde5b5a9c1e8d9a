using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// Returns a paper in review, approved or signed to draft (/papers/{id}/return), with a reason recorded in the version's
/// change text; signatures taken are cleared.
/// </summary>
public static class ReturnPaper
{
    public sealed record Query(int PaperId) : IQuery<PaperHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Form
    {
        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int PaperId, Guid Version, string? Reason) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        /// <summary>"Returned to draft: " and the reason fit a version's change text.</summary>
        public const int ReasonMaxLength = PaperVersion.ChangeMaxLength - 20;

        public Validator()
        {
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter why the paper is returned to draft")
                .MaximumLength(ReasonMaxLength).WithMessage($"The reason must be {ReasonMaxLength} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, PaperHeading>, ICommandHandler<Command>
    {
        public async ValueTask<PaperHeading> Handle(Query query, CancellationToken cancellationToken) =>
            await PaperEdits.HeadingAsync(db, query.PaperId, cancellationToken);

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken);
            paper.ReturnToDraft();
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, $"Returned to draft: {CleanText.Multiline(command.Reason)}", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }
    }
}
