using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>
/// Records that someone new holds the post from the start date (/framework/{org}/people/{id}/change-holder): the
/// outgoing holder is kept in the post's history, so past papers still name the right person. The date comes as the
/// three GOV.UK date fields.
/// </summary>
public static class ChangeHolder
{
    /// <summary>The person and the accounts to link; the governance team only.</summary>
    public sealed record Query(string Organisation, int PersonId) : IQuery<Page>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Page(PersonDetails Details, IReadOnlyList<AccountOption> Accounts);

    public sealed class Form
    {
        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? UserId { get; set; }

        public string? StartDay { get; set; }

        public string? StartMonth { get; set; }

        public string? StartYear { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(
        string Organisation,
        int PersonId,
        string? FullName,
        string? Email,
        string? UserId,
        string? StartDay,
        string? StartMonth,
        string? StartYear,
        Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            PeopleRules.FullName(this, x => x.FullName);
            PeopleRules.Email(this, x => x.Email);
            RuleFor(x => x.FullName)
                .Must((command, name) => !string.IsNullOrWhiteSpace(CleanText.SingleLine(name)) || !string.IsNullOrWhiteSpace(command.Email) || !string.IsNullOrEmpty(command.UserId))
                .WithMessage("Enter the new holder's name, email address or account");
            RuleFor(x => x)
                .Custom((command, context) =>
                {
                    if (DateFields.Problem(command.StartDay, command.StartMonth, command.StartYear, "the date the new holder started", "Start date") is { } problem)
                    {
                        context.AddFailure("StartDate", problem);
                    }
                });
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, Page>, ICommandHandler<Command>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return new Page(
                await PersonDetails.LoadAsync(db, organisation, query.PersonId, cancellationToken),
                await AccountOption.LinkableAsync(db, organisation.Id, cancellationToken));
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var person = await PersonEdits.LoadAsync(db, organisation.Id, command.PersonId, command.Version, cancellationToken);
            var userId = await PeopleRules.LinkableAccountAsync(db, organisation.Id, command.UserId, cancellationToken);
            var since = DateFields.Parse(command.StartDay, command.StartMonth, command.StartYear)!.Value;
            try
            {
                person.ChangeHolder(CleanText.OptionalLine(command.FullName), CleanText.OptionalLine(command.Email), userId, since);
            }
            catch (DomainException problem)
            {
                throw Validation.Fail("StartDate", problem.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
