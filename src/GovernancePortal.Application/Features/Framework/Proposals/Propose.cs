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
/// A senior lead proposes new wording for a block of their area's text in the open draft year, or a new block
/// (/framework/{org}/areas/{areaId}/propose?statement={id}). Only for a lead of the area while a draft year is open
/// (403 otherwise). The block's version is recorded so that accepting over a later change is noticed.
/// </summary>
public static class ProposeChange
{
    /// <summary>What the page needs: the area, the open year and the block being rewritten (or none, for a new block).</summary>
    public sealed record Query(string Organisation, int AreaId, int? StatementId) : IQuery<Page>, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeFrameworkText;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Page(
        string OrganisationCode,
        string OrganisationName,
        int AreaId,
        string AreaReference,
        string AreaTitle,
        ReportingYear Year,
        int? StatementId,
        string? BlockName,
        string? CurrentText,
        IReadOnlyList<StatementKind> Kinds);

    public sealed class Form
    {
        public string? ProposedText { get; set; }

        public string? Reason { get; set; }

        public string? Kind { get; set; }

        public string? SubTopic { get; set; }
    }

    /// <summary>
    /// The proposal; with no <see cref="StatementId"/> it is a new block, and <see cref="Kind"/> and the optional
    /// <see cref="SubTopic"/> say where it goes. Returns the proposal's id.
    /// </summary>
    public sealed record Command(
        string Organisation,
        int AreaId,
        int? StatementId,
        string? ProposedText,
        string? Reason,
        string? Kind = null,
        string? SubTopic = null) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeFrameworkText;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(x => x.ProposedText, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the text you propose")
                .MaximumLength(TextLimits.LongText).WithMessage($"The text must be {TextLimits.LongText:N0} characters or fewer")
                .Must(text => StructuredText.FindProblems(text).Count == 0).WithMessage(x => StructuredText.FindProblems(CleanText.Multiline(x.ProposedText))[0]);
            this.RuleForCleaned(x => x.Reason, CleanText.Multiline)
                .MaximumLength(StatementProposal.CommentMaxLength).WithMessage($"The reason must be {StatementProposal.CommentMaxLength:N0} characters or fewer");
            RuleFor(x => x.Kind)
                .NotEmpty().WithMessage("Select which part of the area's text the new block belongs to")
                .Must(k => Enum.TryParse<StatementKind>(k, out var kind) && Enum.IsDefined(kind)).WithMessage("Select which part of the area's text the new block belongs to")
                .When(x => x.StatementId is null);
            this.RuleForCleaned(x => x.SubTopic, CleanText.SingleLine)
                .MaximumLength(AreaStatement.SubTopicMaxLength).WithMessage($"Sub-topic must be {AreaStatement.SubTopicMaxLength} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Page>, ICommandHandler<Command, int>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var (organisation, area, year, statement) = await CheckAsync(query.Organisation, query.AreaId, query.StatementId, cancellationToken);
            return new Page(
                organisation.Code,
                organisation.ShortName,
                area.Id,
                area.Reference,
                area.Title,
                year,
                statement?.Id,
                statement is null ? null : ProposalRules.BlockName(statement.Kind, statement.SubTopic),
                statement?.Text,
                KindsOf(area));
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var (_, area, year, statement) = await CheckAsync(command.Organisation, command.AreaId, command.StatementId, cancellationToken);
            var text = CleanText.Multiline(command.ProposedText);
            if (statement is null && !KindsOf(area).Contains(Enum.Parse<StatementKind>(command.Kind!)))
            {
                throw Validation.Fail(nameof(command.Kind), "Select one of the parts of text this area has");
            }

            if (statement is not null)
            {
                if (string.Equals(CleanText.Multiline(statement.Text), text, StringComparison.Ordinal))
                {
                    throw Validation.Fail(nameof(command.ProposedText), "Change the text before sending your proposal: it is the same as the current text");
                }

                var waiting = await db.StatementProposals.AnyAsync(
                    p => p.AreaStatementId == statement.Id && p.ProposedByUserId == user.UserId && p.Status == ProposalStatus.Pending,
                    cancellationToken);
                if (waiting)
                {
                    throw Validation.Fail(string.Empty, "You already have a proposal for this text waiting for a decision. Withdraw it from My areas before proposing again.");
                }
            }

            var proposal = new StatementProposal
            {
                GovernanceAreaId = area.Id,
                AreaStatementId = statement?.Id,
                Year = year,
                Kind = statement?.Kind ?? Enum.Parse<StatementKind>(command.Kind!),
                SubTopic = statement is null ? CleanText.OptionalLine(command.SubTopic) : statement.SubTopic,
                ProposedText = text,
                BaseVersion = statement?.Version,
                Reason = CleanText.Multiline(command.Reason) is { Length: > 0 } reason ? reason : null,
                ProposedByUserId = user.UserId,
                ProposedByName = await UserDisplayName.OfAsync(db, user, cancellationToken),
                ProposedAtUtc = time.GetUtcNow().UtcDateTime,
                Status = ProposalStatus.Pending,
            };
            db.StatementProposals.Add(proposal);
            await db.SaveChangesAsync(cancellationToken);
            return proposal.Id;
        }

        /// <summary>The kinds of text the area has: a Met-style area's or a MOPAC-style (Code section) area's.</summary>
        private static IReadOnlyList<StatementKind> KindsOf(GovernanceArea area) => FrameworkText.KindsFor(area.CommitmentsLeadIn is not null);

        /// <summary>
        /// The organisation, the area (404 unless it is the organisation's), the open year (403 if none) and the block
        /// (404 unless it is the area's, in that year). 403 unless the user leads the area.
        /// </summary>
        private async Task<(Organisation Organisation, GovernanceArea Area, ReportingYear Year, AreaStatement? Statement)> CheckAsync(
            string organisationSlug, int areaId, int? statementId, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, organisationSlug, cancellationToken);
            var area = await db.GovernanceAreas.AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == areaId && a.OrganisationId == organisation.Id && !a.IsArchived, cancellationToken)
                ?? throw new NotFoundException("There is no such governance area in this organisation.");
            if (!await ProposalRules.LeadsAreaAsync(db, user, area.Id, cancellationToken))
            {
                throw new ForbiddenException("You can only propose text for the governance areas you lead.");
            }

            var year = await ProposalRules.OpenYearAsync(db, organisation.Id, cancellationToken)
                ?? throw new ForbiddenException(ProposalRules.ClosedMessage);
            AreaStatement? statement = null;
            if (statementId is { } id)
            {
                statement = await db.AreaStatements.AsNoTracking()
                    .SingleOrDefaultAsync(s => s.Id == id && s.GovernanceAreaId == area.Id && s.Year == year, cancellationToken)
                    ?? throw new NotFoundException("This text is not part of the area's open year.");
            }

            return (organisation, area, year, statement);
        }
    }
}
