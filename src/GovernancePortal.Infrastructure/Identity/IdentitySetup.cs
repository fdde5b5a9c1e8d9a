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

/// <summary>
/// Refuses over-long passwords and passwords that are easy to guess. Guessability is estimated by zxcvbn (the
/// <c>zxcvbn-core</c> package), whose dictionaries hold tens of thousands of the most common passwords, words, names
/// and surnames, and which also finds keyboard patterns, repeats, sequences and dates: a password must score at least
/// <see cref="MinimumScore"/> of 4. The account's e-mail address and name count as words an attacker knows.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<ApplicationUser>
{
    /// <summary>zxcvbn's "safely unguessable" score: about 10^10 guesses or more.</summary>
    public const int MinimumScore = 3;

    public const string TooEasyToGuessCode = "PasswordTooCommon";

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > IdentitySetup.MaximumPasswordLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Password must be {IdentitySetup.MaximumPasswordLength} characters or fewer",
            }));
        }

        return Task.FromResult(WhyGuessable(password, user) is { } reason
            ? IdentityResult.Failed(new IdentityError { Code = TooEasyToGuessCode, Description = "Choose a password that is harder to guess: " + reason })
            : IdentityResult.Success);
    }

    /// <summary>Why the password is easy to guess, in words, or null when it is not.</summary>
    public static string? WhyGuessable(string password, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(user);
        var personal = PersonalWords(user).ToList();
        var localPart = user.Email?.Split('@')[0];
        if (!string.IsNullOrEmpty(localPart) && localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            return "do not use your name or email address";
        }

        var result = Zxcvbn.Zxcvbn.MatchPassword(password, personal);
        if (result.Score >= MinimumScore)
        {
            return null;
        }

        var patterns = result.MatchSequence.Select(m => m.Pattern).ToHashSet(StringComparer.Ordinal);
        var commonPassword = result.MatchSequence.OfType<Zxcvbn.Matcher.DictionaryMatch>().Any(m => m.DictionaryName == "passwords");
        return (commonPassword, patterns) switch
        {
            (true, _) => "it is, or contains, one of the most common passwords. Use 3 or more random words",
            (_, var p) when p.Contains("repeat") || p.Contains("sequence") => "avoid repeated characters and sequences like abcabc or 1234. Use 3 or more random words",
            (_, var p) when p.Contains("spatial") => "avoid keyboard patterns like qwerty. Use 3 or more random words",
            (_, var p) when p.Contains("date") || p.Contains("year") => "avoid dates and years. Use 3 or more random words",
            _ => "common words and names are easy to guess. Use 3 or more random words",
        };
    }

    /// <summary>Words an attacker would try first: the e-mail address, its parts and the account's name.</summary>
    private static IEnumerable<string> PersonalWords(ApplicationUser user)
    {
        var words = new List<string?> { user.Email, user.UserName, user.DisplayName };
        var local = user.Email?.Split('@')[0];
        words.Add(local);
        words.AddRange(local?.Split('.', '-', '_') ?? []);
        words.AddRange(user.DisplayName?.Split(' ') ?? []);
        return words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal);
    }
}
