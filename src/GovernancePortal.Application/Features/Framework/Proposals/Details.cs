using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Proposals;

/// <summary>
/// The governance team's decision on a proposal (/framework/{org}/proposals/{id}): the proposal beside the text it
/// would replace, accepting it (the text is replaced or the new block added) or returning it with a comment.
/// </summary>
public static class DecideProposal
{
    public const string ChangedMessage =
        "The text has been changed since this proposal was made. Compare the current text with the proposal: accept anyway to replace the current text, or return the proposal.";

    public sealed record Query(string Organisation, int ProposalId) : IQuery<Proposal>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Proposal(
        int Id,
        string OrganisationCode,
        string OrganisationName,
        string AreaReference,
        string AreaTitle,
        string Block,
        ReportingYear Year,
        bool IsNewBlock,
        string? CurrentText,
        string ProposedText,
        string? Reason,
        string ProposedByName,
        DateTime ProposedAtUtc,
        ProposalStatus Status,
        string? DecidedByName,
        DateTime? DecidedAtUtc,
        string? DecisionComment,
        bool TextChangedSinceProposed,
        bool YearIsOpen,
        Guid Version);

    /// <summary>The decision form: the comment (for returning), the version read, and "accept anyway" after a change.</summary>
    public sealed class Form
    {
        public string? Comment { get; set; }

        public Guid Version { get; set; }

        public bool AcceptAnyway { get; set; }
    }

    /// <summary>
    /// Accepts the proposal: the block's text is replaced (or a new block added) and the proposal marked accepted, in
    /// one save. If the block changed after the lead started from it, accepting is refused with a conflict showing the
    /// current text, unless <see cref="AcceptAnyway"/> says the governance officer compared them and still wants it.
    /// </summary>
    public sealed record AcceptCommand(string Organisation, int ProposalId, Guid Version, bool AcceptAnyway = false) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>Returns the proposal to the lead with a comment saying why (the comment is required).</summary>
    public sealed record ReturnCommand(string Organisation, int ProposalId, Guid Version, string? Comment) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class ReturnValidator : UseCaseValidator<ReturnCommand>
    {
        public ReturnValidator() =>
            this.RuleForCleaned(x => x.Comment, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter a comment to tell the lead why you are returning their proposal")
                .MaximumLength(StatementProposal.CommentMaxLength).WithMessage($"Comment must be {StatementProposal.CommentMaxLength:N0} characters or fewer");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, Proposal>, ICommandHandler<AcceptCommand>, ICommandHandler<ReturnCommand>
    {
        public async ValueTask<Proposal> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var proposal = await db.StatementProposals.AsNoTracking().Include(p => p.GovernanceArea)
                .SingleOrDefaultAsync(p => p.Id == query.ProposalId && p.GovernanceArea!.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such proposal for this organisation.");
            var statement = proposal.AreaStatementId is { } statementId
                ? await db.AreaStatements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken)
                : null;
            var yearIsOpen = await YearIsOpenAsync(organisation.Id, proposal.Year, cancellationToken);
            return new Proposal(
                proposal.Id,
                organisation.Code,
                organisation.ShortName,
                proposal.GovernanceArea!.Reference,
                proposal.GovernanceArea.Title,
                ProposalRules.BlockName(proposal.Kind, proposal.SubTopic),
                proposal.Year,
                proposal.AreaStatementId is null,
                statement?.Text,
                proposal.ProposedText,
                proposal.Reason,
                proposal.ProposedByName,
                proposal.ProposedAtUtc,
                proposal.Status,
                proposal.DecidedByName,
                proposal.DecidedAtUtc,
                proposal.DecisionComment,
                statement is not null && statement.Version != proposal.BaseVersion,
                yearIsOpen,
                proposal.Version);
        }

        public async ValueTask<Unit> Handle(AcceptCommand command, CancellationToken cancellationToken)
        {
            var (organisation, proposal) = await LoadAsync(command.Organisation, command.ProposalId, cancellationToken);
            var actor = await FrameworkScope.ActorAsync(db, user, time, cancellationToken);
            Decide(() => proposal.Accept(actor));
            db.ExpectVersion(proposal, command.Version);
            if (!await YearIsOpenAsync(organisation.Id, proposal.Year, cancellationToken))
            {
                db.ChangeTracker.Clear();
                throw Validation.Fail(string.Empty, $"The {proposal.Year} framework is published, so this proposal can no longer be accepted. Return it instead.");
            }

            if (proposal.AreaStatementId is { } statementId)
            {
                var statement = await db.AreaStatements.SingleAsync(s => s.Id == statementId, cancellationToken);
                if (statement.Version != proposal.BaseVersion && !command.AcceptAnyway)
                {
                    db.ChangeTracker.Clear();
                    throw new ConcurrencyConflictException(ChangedMessage, new Dictionary<string, string?> { ["Current text"] = StructuredText.ToPlainText(statement.Text) });
                }

                db.ExpectVersion(statement, statement.Version);
                statement.Text = proposal.ProposedText;
            }
            else
            {
                var last = await db.AreaStatements
                    .Where(s => s.GovernanceAreaId == proposal.GovernanceAreaId && s.Year == proposal.Year && s.Kind == proposal.Kind)
                    .MaxAsync(s => (int?)s.SortOrder, cancellationToken);
                db.AreaStatements.Add(new AreaStatement
                {
                    GovernanceAreaId = proposal.GovernanceAreaId,
                    Year = proposal.Year,
                    Kind = proposal.Kind,
                    SubTopic = proposal.SubTopic,
                    SortOrder = (last ?? 0) + 1,
                    Text = proposal.ProposedText,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(ReturnCommand command, CancellationToken cancellationToken)
        {
            var (_, proposal) = await LoadAsync(command.Organisation, command.ProposalId, cancellationToken);
            var actor = await FrameworkScope.ActorAsync(db, user, time, cancellationToken);
            Decide(() => proposal.Return(actor, CleanText.Multiline(command.Comment)));
            db.ExpectVersion(proposal, command.Version);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        /// <summary>The proposal, tracked: 404 unless it is for one of the organisation's areas.</summary>
        private async Task<(Organisation Organisation, StatementProposal Proposal)> LoadAsync(string organisationSlug, int proposalId, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, organisationSlug, cancellationToken);
            var proposal = await db.StatementProposals
                .SingleOrDefaultAsync(p => p.Id == proposalId && p.GovernanceArea!.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such proposal for this organisation.");
            return (organisation, proposal);
        }

        private Task<bool> YearIsOpenAsync(int organisationId, ReportingYear year, CancellationToken cancellationToken) =>
            db.FrameworkYears.AnyAsync(y => y.OrganisationId == organisationId && y.Year == year && y.Status == FrameworkYearStatus.Draft, cancellationToken);

        /// <summary>A proposal rule refused the decision (already decided): say so at the top of the page.</summary>
        private static void Decide(Action decision)
        {
            try
            {
                decision();
            }
            catch (DomainException problem)
            {
                throw Validation.Fail(string.Empty, problem.Message);
            }
        }
    }
}
