using GovernancePortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Infrastructure.Identity;

public static class IdentitySetup
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = 256;
    public const int MaxFailedAttempts = 10;
    public const int PasswordHashIterations = 210_000;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Identity with the portal's hardening: passwords of at least 12 characters with no composition rules (NCSC),
    /// common passwords refused, lockout for 15 minutes after 10 failures, PBKDF2 with 210 000 iterations, unique e-mail.
    /// Shared by the web app and the CLI so both create accounts under the same rules.
    /// </summary>
    public static IdentityBuilder AddGovernancePortalIdentityCore(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        return services
            .AddIdentityCore<ApplicationUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovernancePortalDbContext>()
            .AddPasswordValidator<PasswordPolicyValidator>();
    }

    public static void ConfigureIdentity(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}

/// <summary>Refuses over-long passwords, passwords made of the e-mail address, and well-known weak passwords.</summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly HashSet<string> Weak = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1234", "password12345", "password123456", "passwordpassword", "123456789012", "1234567890123",
        "qwertyuiopas", "qwertyuiop123", "qwerty123456", "letmein12345", "welcome12345", "iloveyou1234",
        "abcdefghijkl", "aaaaaaaaaaaa", "changeme1234", "administrator", "metropolitan", "governance12",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > IdentitySetup.MaximumPasswordLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"Password must be {IdentitySetup.MaximumPasswordLength} characters or fewer" });
        }

        var localPart = user.Email?.Split('@')[0];
        if (Weak.Contains(password) || password.Distinct().Count() < 3
            || (!string.IsNullOrEmpty(localPart) && localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new IdentityError { Code = "PasswordTooCommon", Description = "Password is too easy to guess: do not use common passwords or your e-mail address" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
