using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.People;

/// <summary>
/// Corrects a post and its current holder's details (to record a new holder, use <see cref="ChangeHolderCommand"/>).
/// Fails with a conflict when the person was changed after <see cref="Version"/> was read.
/// </summary>
public sealed record UpdatePersonCommand(string Organisation, int PersonId, string? JobTitle, string? FullName, string? Email, string? UserId, Guid Version) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class UpdatePersonCommandValidator : UseCaseValidator<UpdatePersonCommand>
{
    public UpdatePersonCommandValidator()
    {
        PeopleRules.JobTitle(this, x => x.JobTitle);
        PeopleRules.FullName(this, x => x.FullName);
        PeopleRules.Email(this, x => x.Email);
    }
}

public sealed class UpdatePersonHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<UpdatePersonCommand>
{
    public async ValueTask<Unit> Handle(UpdatePersonCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var person = await PersonEdits.LoadAsync(db, organisation.Id, command.PersonId, command.Version, cancellationToken);
        var jobTitle = CleanText.SingleLine(command.JobTitle);
        await PeopleRules.EnsureJobTitleIsFreeAsync(db, organisation.Id, jobTitle, person.Id, cancellationToken);
        person.JobTitle = jobTitle;
        person.FullName = CleanText.OptionalLine(command.FullName);
        person.Email = CleanText.OptionalLine(command.Email);
        person.UserId = await PeopleRules.LinkableAccountAsync(db, organisation.Id, command.UserId, cancellationToken);
        await PersonEdits.SaveAsync(db, person, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Archives a person (kept on past records, no longer offered for new ones) or brings them back.</summary>
public sealed record SetPersonArchivedCommand(string Organisation, int PersonId, bool Archived, Guid Version) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class SetPersonArchivedHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<SetPersonArchivedCommand>
{
    public async ValueTask<Unit> Handle(SetPersonArchivedCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var person = await PersonEdits.LoadAsync(db, organisation.Id, command.PersonId, command.Version, cancellationToken);
        if (!command.Archived)
        {
            await PeopleRules.EnsureJobTitleIsFreeAsync(db, organisation.Id, person.JobTitle, person.Id, cancellationToken);
        }

        person.IsArchived = command.Archived;
        await PersonEdits.SaveAsync(db, person, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Loading a person for a change and saving it, with the optimistic concurrency check on <see cref="Person.Version"/>.</summary>
internal static class PersonEdits
{
    public const string ConflictMessage =
        "Someone else changed this person after you opened the page. Their version is shown below; your changes have not been saved.";

    public static async Task<Person> LoadAsync(GovernancePortalDbContext db, int organisationId, int personId, Guid version, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.PreviousHolders)
            .SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException("There is no such person in this organisation.");
        if (person.Version != version)
        {
            throw await ConflictAsync(db, person, cancellationToken);
        }

        // The version read by the page is the one the database must still hold when saving, or the save fails.
        db.Entry(person).Property(p => p.Version).OriginalValue = version;
        return person;
    }

    public static async Task SaveAsync(GovernancePortalDbContext db, Person person, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id, cancellationToken);
            throw await ConflictAsync(db, stored, cancellationToken);
        }
    }

    private static async Task<ConcurrencyConflictException> ConflictAsync(GovernancePortalDbContext db, Person stored, CancellationToken cancellationToken)
    {
        var accounts = await PeopleRules.AccountNamesAsync(db, [stored.UserId], cancellationToken);
        var values = new Dictionary<string, string?>
        {
            ["Job title"] = stored.JobTitle,
            ["Name"] = stored.FullName,
            ["Email address"] = stored.Email,
            ["Linked account"] = stored.UserId is not null && accounts.TryGetValue(stored.UserId, out var account) ? account : null,
            ["Holder since"] = stored.HolderSince?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            ["Status"] = stored.IsArchived ? "Archived" : "Current",
        };
        db.ChangeTracker.Clear();
        return new ConcurrencyConflictException(ConflictMessage, values);
    }
}
