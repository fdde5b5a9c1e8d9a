using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Proposals;

/// <summary>A proposal beside the text it would replace, for the governance team's decision page.</summary>
public sealed record GetProposalQuery(string Organisation, int ProposalId) : IQuery<ProposalDetails>;

public sealed record ProposalDetails(
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

public sealed class GetProposalHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetProposalQuery, ProposalDetails>
{
    public async ValueTask<ProposalDetails> Handle(GetProposalQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.EditFramework, cancellationToken);
        var proposal = await db.StatementProposals.AsNoTracking().Include(p => p.GovernanceArea)
            .SingleOrDefaultAsync(p => p.Id == query.ProposalId && p.GovernanceArea!.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such proposal for this organisation.");
        var statement = proposal.AreaStatementId is { } statementId
            ? await db.AreaStatements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken)
            : null;
        var yearIsOpen = await db.FrameworkYears.AnyAsync(
            y => y.OrganisationId == organisation.Id && y.Year == proposal.Year && y.Status == FrameworkYearStatus.Draft, cancellationToken);
        return new ProposalDetails(
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
}

/// <summary>
/// Accepts a proposal: the block's text is replaced (or a new block added) and the proposal marked accepted, in one
/// save. If the block changed after the lead started from it, accepting is refused with a conflict showing the current
/// text, unless <see cref="AcceptAnyway"/> says the governance officer has compared them and still wants the proposal.
/// </summary>
public sealed record AcceptProposalCommand(string Organisation, int ProposalId, Guid Version, bool AcceptAnyway = false) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class AcceptProposalHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<AcceptProposalCommand>
{
    public const string ChangedMessage =
        "The text has been changed since this proposal was made. Compare the current text with the proposal: accept anyway to replace the current text, or return the proposal.";

    public async ValueTask<Unit> Handle(AcceptProposalCommand command, CancellationToken cancellationToken)
    {
        var (organisation, proposal) = await ProposalDecisions.LoadPendingAsync(db, user, command.Organisation, command.ProposalId, command.Version, cancellationToken);
        var yearIsOpen = await db.FrameworkYears.AnyAsync(
            y => y.OrganisationId == organisation.Id && y.Year == proposal.Year && y.Status == FrameworkYearStatus.Draft, cancellationToken);
        if (!yearIsOpen)
        {
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

            db.Entry(statement).Property(s => s.Version).OriginalValue = statement.Version;
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

        proposal.Status = ProposalStatus.Accepted;
        proposal.DecidedByName = await UserDisplayName.OfAsync(db, user, cancellationToken);
        proposal.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
        await ProposalDecisions.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Returns a proposal to the lead with a comment saying why (the comment is required).</summary>
public sealed record ReturnProposalCommand(string Organisation, int ProposalId, Guid Version, string? Comment) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class ReturnProposalCommandValidator : UseCaseValidator<ReturnProposalCommand>
{
    public ReturnProposalCommandValidator() =>
        this.RuleForCleaned(x => x.Comment, CleanText.Multiline)
            .NotEmpty().WithMessage("Enter a comment to tell the lead why you are returning their proposal")
            .MaximumLength(StatementProposal.CommentMaxLength).WithMessage($"Comment must be {StatementProposal.CommentMaxLength:N0} characters or fewer");
}

public sealed class ReturnProposalHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReturnProposalCommand>
{
    public async ValueTask<Unit> Handle(ReturnProposalCommand command, CancellationToken cancellationToken)
    {
        var (_, proposal) = await ProposalDecisions.LoadPendingAsync(db, user, command.Organisation, command.ProposalId, command.Version, cancellationToken);
        proposal.Status = ProposalStatus.Returned;
        proposal.DecisionComment = CleanText.Multiline(command.Comment);
        proposal.DecidedByName = await UserDisplayName.OfAsync(db, user, cancellationToken);
        proposal.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
        await ProposalDecisions.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}

internal static class ProposalDecisions
{
    /// <summary>The proposal, tracked, after checking the user decides for its organisation and it is still waiting.</summary>
    public static async Task<(Organisation Organisation, StatementProposal Proposal)> LoadPendingAsync(
        GovernancePortalDbContext db, ICurrentUser user, string organisationSlug, int proposalId, Guid version, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, organisationSlug, Permission.EditFramework, cancellationToken);
        var proposal = await db.StatementProposals
            .SingleOrDefaultAsync(p => p.Id == proposalId && p.GovernanceArea!.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such proposal for this organisation.");
        if (proposal.Status != ProposalStatus.Pending)
        {
            throw Validation.Fail(string.Empty, $"This proposal has already been decided: it was {ProposalRules.StatusName(proposal.Status).ToLowerInvariant()}.");
        }

        // Proposals change only when decided or withdrawn: a different version means that happened meanwhile.
        db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
        return (organisation, proposal);
    }

    public static async Task SaveAsync(GovernancePortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw Validation.Fail(string.Empty, "Someone else decided this proposal, withdrew it or changed its text while you were looking at it. Check the page again before deciding.");
        }
    }
}
