using System.Globalization;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// Finds the people a respondent form or file names: by e-mail address (anything with an @) or by the exact title of
/// a post (ignoring case), current posts before archived ones. Delegates are a list separated by semicolons.
/// </summary>
public sealed class RespondentPeople(IReadOnlyList<Person> people)
{
    /// <summary>The organisation's people, tracked (the survey's returns point at them).</summary>
    public static async Task<RespondentPeople> LoadAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new(await db.People.Where(p => p.OrganisationId == organisationId).ToListAsync(cancellationToken));
    }

    public IReadOnlyList<Person> All => people;

    /// <summary>The person named, or why there is none (unknown, or only an archived post of that name).</summary>
    public (Person? Person, string? Problem) Find(string? text)
    {
        var wanted = CleanText.SingleLine(text);
        if (wanted.Length == 0)
        {
            return (null, "no signatory given");
        }

        var matches = wanted.Contains('@', StringComparison.Ordinal)
            ? people.Where(p => string.Equals(p.Email?.Trim(), wanted, StringComparison.OrdinalIgnoreCase)).ToList()
            : people.Where(p => string.Equals(p.JobTitle.Trim(), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        var current = matches.Where(p => !p.IsArchived).ToList();
        return current.Count switch
        {
            1 => (current[0], null),
            > 1 => (null, $"'{wanted}' matches {current.Count} people: use their e-mail address"),
            _ when matches.Count > 0 => (null, $"{matches[0].DisplayName} is archived"),
            _ => (null, $"nobody in the people directory has the {(wanted.Contains('@', StringComparison.Ordinal) ? "e-mail address" : "post")} '{wanted}'"),
        };
    }

    /// <summary>The delegates named (semicolon-separated e-mail addresses or posts), and a problem for each that is not found.</summary>
    public (IReadOnlyList<Person> Delegates, IReadOnlyList<string> Problems) FindDelegates(string? text)
    {
        var found = new List<Person>();
        var problems = new List<string>();
        foreach (var part in (text ?? string.Empty).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (person, problem) = Find(part);
            if (person is not null)
            {
                found.Add(person);
            }
            else
            {
                problems.Add($"delegate: {problem}");
            }
        }

        return (found.Distinct().ToList(), problems);
    }

    /// <summary>A deadline as a file gives it: 31/03/2020 (day first), 2020-03-31, or an Excel date cell.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        if (DateOnly.TryParseExact(value, ["d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // An Excel date cell is read as its serial number (43921 is 31 March 2020).
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }

        return null;
    }

    /// <summary>Delegates as the forms show them: e-mail addresses (or posts when there is none), separated by semicolons.</summary>
    public static string Describe(IEnumerable<Person> delegates) =>
        string.Join("; ", delegates.Select(p => string.IsNullOrWhiteSpace(p.Email) ? p.JobTitle : p.Email));
}
