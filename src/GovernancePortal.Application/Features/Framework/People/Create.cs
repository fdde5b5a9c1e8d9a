using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>Adds a post (and, if known, its holder) to the organisation's people directory (/framework/{org}/people/create). Returns the new id.</summary>
public static class CreatePerson
{
    /// <summary>The accounts the form offers to link; the governance team only.</summary>
    public sealed record Query(string Organisation) : IQuery<IReadOnlyList<AccountOption>>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Form
    {
        public string? JobTitle { get; set; }

        public string? FullName { get; set; }

        public string? Email { get; set; }

        /// <summary>The part of the organisation the post belongs to (the survey counts returns by it).</summary>
        public string? BusinessGroup { get; set; }

        public string? UserId { get; set; }
    }

    public sealed record Command(string Organisation, string? JobTitle, string? FullName, string? Email, string? UserId, string? BusinessGroup = null) : ICommand<int>, IOrganisationScoped
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

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, IReadOnlyList<AccountOption>>, ICommandHandler<Command, int>
    {
        public async ValueTask<IReadOnlyList<AccountOption>> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return await AccountOption.LinkableAsync(db, organisation.Id, cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var jobTitle = CleanText.SingleLine(command.JobTitle);
            await PeopleRules.EnsureJobTitleIsFreeAsync(db, organisation.Id, jobTitle, exceptPersonId: null, cancellationToken);
            var person = new Person
            {
                OrganisationId = organisation.Id,
                JobTitle = jobTitle,
                FullName = CleanText.OptionalLine(command.FullName),
                Email = CleanText.OptionalLine(command.Email),
                BusinessGroup = CleanText.OptionalLine(command.BusinessGroup),
                UserId = await PeopleRules.LinkableAccountAsync(db, organisation.Id, command.UserId, cancellationToken),
            };
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            return person.Id;
        }
    }
}
