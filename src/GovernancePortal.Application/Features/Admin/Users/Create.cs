using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Admin.Users;

/// <summary>
/// /admin/users/create (and the CLI's create-user): creates an account with roles and organisations. When
/// <see cref="Command.MustChangePassword"/> is set (the default for accounts made by an administrator) the user must
/// choose their own password at first sign-in. With <see cref="Command.RequiresSso"/> the account has no portal password
/// at all and signs in only through single sign-on (docs/sso.md).
/// </summary>
public static class CreateUser
{
    /// <summary>The page's form. The password is never written back into the page.</summary>
    public sealed class Form
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public List<string> Roles { get; set; } = [];

        public List<string> Organisations { get; set; } = [];

        /// <summary>Signs in with single sign-on only: no portal password.</summary>
        public bool RequiresSso { get; set; }

        public Command ToCommand() => new(Email ?? string.Empty, DisplayName ?? string.Empty, Password ?? string.Empty, Roles, Organisations, RequiresSso: RequiresSso);
    }

    public sealed record Command(
        string Email,
        string DisplayName,
        string Password,
        IReadOnlyCollection<string> Roles,
        IReadOnlyCollection<string> Organisations,
        bool MustChangePassword = true,
        bool RequiresSso = false) : ICommand<string>;

    public const string NoPasswordForSsoMessage = "Leave the temporary password empty for a user who signs in with single sign-on only";

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Email)
                .NotEmpty().WithMessage("Enter an email address")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
            UserRules.DisplayName(this, x => x.DisplayName);
            RuleFor(x => x.Password)
                .NotEmpty().WithMessage("Enter a password")
                .MinimumLength(IdentitySetup.MinimumPasswordLength).WithMessage($"Password must be {IdentitySetup.MinimumPasswordLength} characters or more")
                .MaximumLength(IdentitySetup.MaximumPasswordLength).WithMessage($"Password must be {IdentitySetup.MaximumPasswordLength} characters or fewer")
                .When(x => !x.RequiresSso);
            RuleFor(x => x.Password).Empty().WithMessage(NoPasswordForSsoMessage).When(x => x.RequiresSso);
            UserRules.Access(this, x => x.Roles ?? [], x => x.Organisations ?? []);
        }
    }

    /// <summary>Returns the new account's id.</summary>
    public sealed class Handler(GovernancePortalDbContext db, UserManager<ApplicationUser> users, TimeProvider time) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = command.Email.Trim();
            if (await users.FindByEmailAsync(email) is not null)
            {
                throw Validation.Fail(nameof(command.Email), "An account with this email address already exists");
            }

            var organisations = await db.Organisations.Where(o => command.Organisations.Contains(o.Code)).ToListAsync(cancellationToken);
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = command.DisplayName.Trim(),
                // A single sign-on account has no password to change.
                MustChangePassword = command.MustChangePassword && !command.RequiresSso,
                RequiresSso = command.RequiresSso,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            user.Organisations.AddRange(organisations.Select(o => new UserOrganisation { UserId = user.Id, OrganisationId = o.Id }));

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = command.RequiresSso ? await users.CreateAsync(user) : await users.CreateAsync(user, command.Password);
            if (!created.Succeeded)
            {
                throw IdentityErrors.ToValidation(created, nameof(command.Password));
            }

            IdentityErrors.ThrowIfFailed(await users.AddToRolesAsync(user, command.Roles));
            await transaction.CommitAsync(cancellationToken);
            return user.Id;
        }
    }
}
