using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Text;

/// <summary>
/// Rewrites or deletes a block of an area's text in a draft year (/framework/{org}/areas/{areaId}/text/{id}/edit).
/// Published years keep their text for good.
/// </summary>
public static class EditText
{
    /// <summary>The block and its area in the block's year, for the governance team while that year is a draft.</summary>
    public sealed record Query(string Organisation, int AreaId, int StatementId) : IQuery<Page>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Page(AreaView Area, StatementView Statement);

    public sealed class Form
    {
        public string? SubTopic { get; set; }

        public string? Text { get; set; }

        public Guid? Version { get; set; }
    }

    /// <summary>Saves the block; a conflict when it changed after <see cref="Version"/> was read.</summary>
    public sealed record Command(string Organisation, int AreaId, int StatementId, string? SubTopic, string? Text, Guid? Version)
        : ICommand<string>, IOrganisationScoped, ITextFields
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>Deletes the block; returns its year's slug ("2017-18") for the page to show next.</summary>
    public sealed record DeleteCommand(string Organisation, int AreaId, int StatementId, Guid Version) : ICommand<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            TextFields.AddRules(this);
            RuleFor(x => x.Version).NotNull().WithMessage("The form is out of date: open the text again");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user)
        : IQueryHandler<Query, Page>, ICommandHandler<Command, string>, ICommandHandler<DeleteCommand, string>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var year = await db.AreaStatements.AsNoTracking()
                .Where(s => s.Id == query.StatementId && s.GovernanceAreaId == query.AreaId && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.OrganisationId == organisation.Id))
                .Select(s => (Domain.Organisations.ReportingYear?)s.Year)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("This text has been deleted.");
            var area = await AreaView.LoadAsync(db, user, organisation, query.AreaId, FrameworkScope.YearSlug(year), cancellationToken);
            if (!area.CanEditText)
            {
                throw new ForbiddenException("This year's text cannot be changed.");
            }

            return new Page(area, area.Groups.SelectMany(g => g.Statements).Single(s => s.Id == query.StatementId));
        }

        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var statement = await LoadAsync(command.Organisation, command.AreaId, command.StatementId, "This text has been deleted.", cancellationToken);
            db.ExpectVersion(
                statement,
                command.Version!.Value,
                "Someone else changed this text after you opened it. Their version is shown below; your text is still in the form and has not been saved.",
                () => new Dictionary<string, string?> { ["Sub-heading"] = statement.SubTopic, ["Text"] = statement.Text });
            statement.SubTopic = CleanText.OptionalLine(command.SubTopic);
            statement.Text = CleanText.Multiline(command.Text);
            await db.SaveChangesAsync(cancellationToken);
            return FrameworkScope.YearSlug(statement.Year);
        }

        public async ValueTask<string> Handle(DeleteCommand command, CancellationToken cancellationToken)
        {
            var statement = await LoadAsync(command.Organisation, command.AreaId, command.StatementId, "This text has already been deleted.", cancellationToken);
            db.ExpectVersion(statement, command.Version, "Someone else changed this text after you opened it, so it has not been deleted. Check their version first.");

            // Decided proposals keep their wording but no longer point at the deleted block; a pending one stops the delete.
            foreach (var proposal in await db.StatementProposals.Where(p => p.AreaStatementId == statement.Id).ToListAsync(cancellationToken))
            {
                try
                {
                    proposal.ForgetDeletedBlock();
                }
                catch (DomainException problem)
                {
                    throw Validation.Fail("Delete", problem.Message);
                }
            }

            db.AreaStatements.Remove(statement);
            await db.SaveChangesAsync(cancellationToken);
            return FrameworkScope.YearSlug(statement.Year);
        }

        /// <summary>The block, tracked: 404 unless it is the area's and the area the organisation's; 403 in a published year.</summary>
        private async Task<Domain.Framework.AreaStatement> LoadAsync(string organisationSlug, int areaId, int statementId, string goneMessage, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, organisationSlug, cancellationToken);
            var statement = await db.AreaStatements.SingleOrDefaultAsync(s => s.Id == statementId && s.GovernanceAreaId == areaId, cancellationToken)
                ?? throw new NotFoundException(goneMessage);
            if (!await db.GovernanceAreas.AnyAsync(a => a.Id == areaId && a.OrganisationId == organisation.Id, cancellationToken))
            {
                throw new NotFoundException("There is no governance area with this number.");
            }

            await FrameworkScope.DraftYearAsync(db, organisation.Id, statement.Year, cancellationToken);
            return statement;
        }
    }
}
