using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>Validation and look-ups shared by the people use cases (create, edit, change holder).</summary>
internal static class PeopleRules
{
    public const string EmailFormatMessage = "Enter an email address in the correct format, like name@example.org";

    public static void JobTitle<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleForCleaned(property, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the job title")
            .MaximumLength(TextLimits.JobTitle).WithMessage($"Job title must be {TextLimits.JobTitle} characters or fewer");

    public static void FullName<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleForCleaned(property, CleanText.OptionalLine)
            .MaximumLength(TextLimits.Name).WithMessage($"Name must be {TextLimits.Name} characters or fewer");

    public static void Email<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleForCleaned(property, CleanText.OptionalLine)
            .MaximumLength(TextLimits.Email).WithMessage($"Email address must be {TextLimits.Email} characters or fewer")
            .EmailAddress().WithMessage(EmailFormatMessage);

    public static void BusinessGroup<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleForCleaned(property, CleanText.OptionalLine)
            .MaximumLength(TextLimits.ShortTitle).WithMessage($"Business group must be {TextLimits.ShortTitle} characters or fewer");

    /// <summary>
    /// The account to link, after checking it belongs to the organisation (null when none was chosen). A value that
    /// is not one of the organisation's accounts fails the field instead of linking someone else's account.
    /// </summary>
    public static async Task<string?> LinkableAccountAsync(GovernancePortalDbContext db, int organisationId, string? userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        var exists = await db.UserOrganisations.AnyAsync(o => o.UserId == userId && o.OrganisationId == organisationId, cancellationToken);
        return exists ? userId : throw Validation.Fail("UserId", "Select an account from the list");
    }

    /// <summary>Two current posts of one organisation with the same title would be impossible to tell apart in lists.</summary>
    public static async Task EnsureJobTitleIsFreeAsync(GovernancePortalDbContext db, int organisationId, string jobTitle, int? exceptPersonId, CancellationToken cancellationToken)
    {
        var upper = jobTitle.ToUpperInvariant();
        var taken = await db.People.AnyAsync(
            p => p.OrganisationId == organisationId && !p.IsArchived && p.Id != exceptPersonId && p.JobTitle.ToUpper() == upper,
            cancellationToken);
        if (taken)
        {
            throw Validation.Fail("JobTitle", "There is already a person with this job title");
        }
    }

    /// <summary>Display names of accounts, by id, for showing links to accounts.</summary>
    public static async Task<Dictionary<string, string>> AccountNamesAsync(GovernancePortalDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var accounts = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        return accounts.ToDictionary(a => a.Id, a => $"{a.DisplayName} ({a.Email})", StringComparer.Ordinal);
    }
}

/// <summary>Loading a person for a change, expecting the version the page read (<see cref="Person.Version"/>).</summary>
internal static class PersonEdits
{
    public const string ConflictMessage =
        "Someone else changed this person after you opened the page. Their version is shown below; your changes have not been saved.";

    /// <summary>The person, tracked with their earlier holders: 404 unless the organisation's; a conflict unless still at <paramref name="version"/>.</summary>
    public static async Task<Person> LoadAsync(GovernancePortalDbContext db, int organisationId, int personId, Guid version, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.PreviousHolders)
            .SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException("There is no such person in this organisation.");
        var accounts = await PeopleRules.AccountNamesAsync(db, [person.UserId], cancellationToken);
        var values = new Dictionary<string, string?>
        {
            ["Job title"] = person.JobTitle,
            ["Name"] = person.FullName,
            ["Email address"] = person.Email,
            ["Business group"] = person.BusinessGroup,
            ["Linked account"] = person.UserId is not null && accounts.TryGetValue(person.UserId, out var account) ? account : null,
            ["Holder since"] = person.HolderSince?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            ["Status"] = person.IsArchived ? "Archived" : "Current",
        };
        db.ExpectVersion(person, version, ConflictMessage, () => values);
        return person;
    }
}
