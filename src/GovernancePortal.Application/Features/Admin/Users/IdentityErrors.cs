using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Admin.Users;

internal static class IdentityErrors
{
    /// <summary>Turns Identity's errors into field errors: e-mail problems on Email, password problems on the given field.</summary>
    public static ValidationException ToValidation(IdentityResult result, string passwordProperty) =>
        new(result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                => new ValidationFailure("Email", "An account with this email address already exists"),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                => new ValidationFailure("Email", "Enter an email address in the correct format, like name@example.org"),
            nameof(IdentityErrorDescriber.PasswordMismatch)
                => new ValidationFailure("CurrentPassword", "Your current password is incorrect"),
            _ => new ValidationFailure(passwordProperty, e.Description.TrimEnd('.')),
        }));

    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
