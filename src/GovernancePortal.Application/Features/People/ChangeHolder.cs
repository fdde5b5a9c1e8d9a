using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.People;

/// <summary>
/// Records that someone new holds the post from the start date: the outgoing holder is kept in the post's history, so
/// past papers still name the right person. The date comes as the three GOV.UK date fields.
/// </summary>
public sealed record ChangeHolderCommand(
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

public sealed class ChangeHolderCommandValidator : UseCaseValidator<ChangeHolderCommand>
{
    public ChangeHolderCommandValidator()
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

public sealed class ChangeHolderHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<ChangeHolderCommand>
{
    public async ValueTask<Unit> Handle(ChangeHolderCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
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

        await PersonEdits.SaveAsync(db, person, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The GOV.UK date input (day, month and year boxes): parsing and the standard error messages.</summary>
public static class DateFields
{
    public static DateOnly? Parse(string? day, string? month, string? year) =>
        int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>
    /// Null when the date is valid; otherwise the GOV.UK message, e.g. "Enter the date the new holder started",
    /// "Start date must include a month", "Year must include 4 numbers", "Start date must be a real date".
    /// </summary>
    public static string? Problem(string? day, string? month, string? year, string whatToEnter, string fieldName)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(day))
        {
            missing.Add("a day");
        }

        if (string.IsNullOrWhiteSpace(month))
        {
            missing.Add("a month");
        }

        if (string.IsNullOrWhiteSpace(year))
        {
            missing.Add("a year");
        }

        if (missing.Count == 3)
        {
            return $"Enter {whatToEnter}";
        }

        if (missing.Count > 0)
        {
            return $"{fieldName} must include {string.Join(" and ", missing)}";
        }

        if (year!.Trim().Length != 4)
        {
            return "Year must include 4 numbers";
        }

        return Parse(day, month, year) is null ? $"{fieldName} must be a real date" : null;
    }
}
