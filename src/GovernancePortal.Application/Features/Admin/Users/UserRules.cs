using FluentValidation;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.Application.Features.Admin.Users;

/// <summary>Validation rules shared by the create and edit user use cases (CreateUser, EditUser).</summary>
internal static class UserRules
{
    public static readonly string[] OrganisationCodes = [Domain.Organisations.OrganisationCodes.Met, Domain.Organisations.OrganisationCodes.Mopac];

    public static void DisplayName<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property) =>
        validator.RuleFor(property)
            .NotEmpty().WithMessage("Enter the user's full name")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Full name must be {ApplicationUser.DisplayNameMaxLength} characters or fewer");

    public static void Access<T>(AbstractValidator<T> validator, Func<T, IReadOnlyCollection<string>> roles, Func<T, IReadOnlyCollection<string>> organisations)
    {
        validator.RuleFor(x => roles(x))
            .NotEmpty().WithMessage("Select at least one role")
            .Must(r => r.All(AppRoles.All.Contains)).WithMessage("Select roles from the list")
            .OverridePropertyName("Roles");
        validator.RuleFor(x => organisations(x))
            .Must(o => o.All(OrganisationCodes.Contains)).WithMessage("Select organisations from the list")
            .OverridePropertyName("Organisations");
        validator.RuleFor(x => organisations(x))
            .NotEmpty().WithMessage("Select the organisation this user works for")
            .When(x => roles(x).Any(r => r is AppRoles.GovernanceTeam or AppRoles.SeniorLead))
            .OverridePropertyName("Organisations");
    }
}
