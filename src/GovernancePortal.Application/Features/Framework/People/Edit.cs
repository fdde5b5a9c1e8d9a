using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>
/// Corrects a post and its current holder's details, or archives the person or makes them current again
/// (/framework/{org}/people/{id}/edit). To record a new holder, see <see cref="ChangeHolder"/>.
/// </summary>
public static class EditPerson
{
    /// <summary>The person, the accounts to link and the form filled from the person; the governance team only.</summary>
    public sealed record Query(string Organisation, int PersonId) : IQuery<Page>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Page(PersonDetails Details, IReadOnlyList<AccountOption> Accounts, Form Form);

    public sealed class Form
    {
        public string? JobTitle { get; set; }

        public string? FullName { get; set; }

        public string? Email { get; set; }

        /// <summary>The part of the organisation the post belongs to (the survey counts returns by it).</summary>
        public string? BusinessGroup { get; set; }

        public string? UserId { get; set; }

        public Guid Version { get; set; }
    }

    /// <summary>Saves the details; a conflict when the person changed after <see cref="Version"/> was read.</summary>
    public sealed record Command(string Organisation, int PersonId, string? JobTitle, string? FullName, string? Email, string? UserId, Guid Version, string? BusinessGroup = null) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>Archives the person (<see cref="Archive"/> true: kept on past records, no longer offered for new ones) or brings them back.</summary>
    public sealed record ArchiveCommand(string Organisation, int PersonId, bool Archive, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            PeopleRules.JobTitle(this, x => x.JobTitle);
            PeopleRules.FullName(this, x => x.FullName);
            PeopleRules.Email(this, x => x.Email);
            PeopleRules.BusinessGroup(this, x => x.BusinessGroup);
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, Page>, ICommandHandler<Command>, ICommandHandler<ArchiveCommand>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var details = await PersonDetails.LoadAsync(db, organisation, query.PersonId, cancellationToken);
            var accounts = await AccountOption.LinkableAsync(db, organisation.Id, cancellationToken);
            return new Page(details, accounts, new Form
            {
                JobTitle = details.JobTitle,
                FullName = details.FullName,
                Email = details.Email,
                BusinessGroup = details.BusinessGroup,
                UserId = details.UserId,
                Version = details.Version,
            });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var person = await PersonEdits.LoadAsync(db, organisation.Id, command.PersonId, command.Version, cancellationToken);
            var jobTitle = CleanText.SingleLine(command.JobTitle);
            await PeopleRules.EnsureJobTitleIsFreeAsync(db, organisation.Id, jobTitle, person.Id, cancellationToken);
            person.JobTitle = jobTitle;
            person.FullName = CleanText.OptionalLine(command.FullName);
            person.Email = CleanText.OptionalLine(command.Email);
            person.BusinessGroup = CleanText.OptionalLine(command.BusinessGroup);
            person.UserId = await PeopleRules.LinkableAccountAsync(db, organisation.Id, command.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(ArchiveCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var person = await PersonEdits.LoadAsync(db, organisation.Id, command.PersonId, command.Version, cancellationToken);
            if (command.Archive)
            {
                person.Archive();
            }
            else
            {
                await PeopleRules.EnsureJobTitleIsFreeAsync(db, organisation.Id, person.JobTitle, person.Id, cancellationToken);
                person.Restore();
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
