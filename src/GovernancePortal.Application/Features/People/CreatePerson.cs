using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.People;

/// <summary>Adds a post (and, if known, its holder) to the organisation's people directory. Returns the new id.</summary>
public sealed record CreatePersonCommand(string Organisation, string? JobTitle, string? FullName, string? Email, string? UserId) : ICommand<int>, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class CreatePersonCommandValidator : UseCaseValidator<CreatePersonCommand>
{
    public CreatePersonCommandValidator()
    {
        PeopleRules.JobTitle(this, x => x.JobTitle);
        PeopleRules.FullName(this, x => x.FullName);
        PeopleRules.Email(this, x => x.Email);
    }
}

public sealed class CreatePersonHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<CreatePersonCommand, int>
{
    public async ValueTask<int> Handle(CreatePersonCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var jobTitle = CleanText.SingleLine(command.JobTitle);
        await PeopleRules.EnsureJobTitleIsFreeAsync(db, organisation.Id, jobTitle, exceptPersonId: null, cancellationToken);
        var person = new Person
        {
            OrganisationId = organisation.Id,
            JobTitle = jobTitle,
            FullName = CleanText.OptionalLine(command.FullName),
            Email = CleanText.OptionalLine(command.Email),
            UserId = await PeopleRules.LinkableAccountAsync(db, organisation.Id, command.UserId, cancellationToken),
        };
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person.Id;
    }
}
