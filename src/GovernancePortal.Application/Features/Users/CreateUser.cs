using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Users;

/// <summary>
/// Creates an account with roles and organisations. When <see cref="MustChangePassword"/> is set (the default for
/// accounts made by an administrator) the user must choose their own password at first sign-in.
/// </summary>
public sealed record CreateUserCommand(
    string Email,
    string DisplayName,
    string Password,
    IReadOnlyCollection<string> Roles,
    IReadOnlyCollection<string> Organisations,
    bool MustChangePassword = true) : ICommand<string>;

public sealed class CreateUserCommandValidator : UseCaseValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage("Enter an email address")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
        UserRules.DisplayName(this, x => x.DisplayName);
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Enter a password")
            .MinimumLength(IdentitySetup.MinimumPasswordLength).WithMessage($"Password must be {IdentitySetup.MinimumPasswordLength} characters or more")
            .MaximumLength(IdentitySetup.MaximumPasswordLength).WithMessage($"Password must be {IdentitySetup.MaximumPasswordLength} characters or fewer");
        UserRules.Access(this, x => x.Roles ?? [], x => x.Organisations ?? []);
    }
}

public sealed class CreateUserHandler(GovernancePortalDbContext db, UserManager<ApplicationUser> users, TimeProvider time)
    : ICommandHandler<CreateUserCommand, string>
{
    public async ValueTask<string> Handle(CreateUserCommand command, CancellationToken cancellationToken)
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
            MustChangePassword = command.MustChangePassword,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        user.Organisations.AddRange(organisations.Select(o => new UserOrganisation { UserId = user.Id, OrganisationId = o.Id }));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            throw IdentityErrors.ToValidation(created, nameof(command.Password));
        }

        IdentityErrors.ThrowIfFailed(await users.AddToRolesAsync(user, command.Roles));
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }
}
