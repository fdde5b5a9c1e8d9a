extern alias web;

using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>A lead of the benchmark survey: their account and their return.</summary>
internal sealed record SicLead(string Email, string Post, int ReturnId);

/// <summary>
/// The <c>sic</c> scenario's data, made through the app's own context and domain: a survey copied from the demo's
/// 2019/20 Met survey (14 sections of a rating and an evidence question), issued to <c>count</c> senior leads of the
/// Met (the seeded posts, then more if asked for), each with an account of their own.
/// </summary>
internal static class SicData
{
    public static async Task<(int SurveyId, IReadOnlyList<SicLead> Leads)> PrepareAsync(IServiceProvider services, int count, string password)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(GovernancePortal.Domain.Time.LondonClock.ToLondon(now));

        var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
        var source = await db.Surveys.Include(s => s.Sections).ThenInclude(s => s.Questions)
            .Where(s => s.OrganisationId == met.Id).OrderByDescending(s => s.Year).FirstAsync();
        var survey = source.CopyFor(new ReportingYear(2030), "Statement of Internal Control (benchmark)");
        db.Surveys.Add(survey);

        var people = await db.People.Where(p => p.OrganisationId == met.Id && p.BusinessGroup != null && !p.IsArchived).OrderBy(p => p.Id).Take(count).ToListAsync();
        for (var n = people.Count + 1; people.Count < count; n++)
        {
            var extra = new Person { OrganisationId = met.Id, JobTitle = $"Benchmark senior lead {n}", BusinessGroup = "Benchmark" };
            db.People.Add(extra);
            people.Add(extra);
        }

        string? hash = null;
        var accounts = new List<(Person Person, string Email)>();
        for (var i = 0; i < people.Count; i++)
        {
            var email = $"bench.lead{i + 1}@example.org";
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Benchmark lead {i + 1}", CreatedAtUtc = now };
            user.Organisations.Add(new UserOrganisation { UserId = user.Id, OrganisationId = met.Id });
            user.PasswordHash = hash ??= hasher.HashPassword(user, password);
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, AppRoles.SeniorLead));
            people[i].UserId = user.Id;
            survey.Assign(people[i], null, today.AddDays(30), [], today);
            accounts.Add((people[i], email));
        }

        survey.Issue(new Actor(null, "Benchmark", now), today);
        await db.SaveChangesAsync();
        return (survey.Id, [.. accounts.Select(a => new SicLead(a.Email, a.Person.JobTitle, survey.Returns.Single(r => r.Signatory == a.Person).Id))]);
    }

    /// <summary>
    /// Compares what each lead's forms sent with what is stored: an answer is lost when its question has no stored
    /// answer, or a different rating or text. Also counts the returns signed and submitted.
    /// </summary>
    public static async Task<(int Expected, int Lost, int Submitted)> CheckAsync(IServiceProvider services, int surveyId, IReadOnlyDictionary<(int ReturnId, int QuestionId), (int? Rating, string? Text)> sent)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var stored = await db.SurveyAnswers.AsNoTracking()
            .Where(a => db.ReturnSections.Any(s => s.Id == a.ReturnSectionId && s.Return!.SurveyId == surveyId))
            .Select(a => new { ReturnId = db.ReturnSections.Where(s => s.Id == a.ReturnSectionId).Select(s => s.ReturnId).Single(), a.QuestionId, a.Rating, a.Text })
            .ToListAsync();
        var byKey = stored.ToDictionary(a => (a.ReturnId, a.QuestionId), a => (a.Rating, a.Text));
        var lost = sent.Count(s => !byKey.TryGetValue(s.Key, out var got) || got.Rating != s.Value.Rating || !string.Equals(got.Text, s.Value.Text, StringComparison.Ordinal));
        var submitted = await db.SurveyReturns.CountAsync(r => r.SurveyId == surveyId && r.Status == ReturnStatus.Submitted);
        return (sent.Count, lost, submitted);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create a benchmark account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
