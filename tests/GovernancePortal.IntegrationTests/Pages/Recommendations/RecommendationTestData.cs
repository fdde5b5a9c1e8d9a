using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

/// <summary>Recommendations made directly through the domain, so each test changes and counts rows of its own.</summary>
public static class RecommendationTestData
{
    private static int themes;

    public static Actor Actor => new(null, "Test set-up", DateTime.UtcNow);

    /// <summary>A new theme of the organisation, named uniquely so a test can count its own rows.</summary>
    public static Task<(int Id, string Name)> NewThemeAsync(this PortalFactory portal, string organisation) =>
        portal.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
            var name = $"Test theme {Interlocked.Increment(ref themes)} {Guid.NewGuid():N}"[..30];
            var theme = new RecommendationTheme { OrganisationId = org.Id, Name = name, SortOrder = 1000 };
            db.RecommendationThemes.Add(theme);
            await db.SaveChangesAsync();
            return (theme.Id, name);
        });

    /// <summary>
    /// A new report of the organisation (source body HMICFRS, seeded with the defaults on first use) with
    /// <paramref name="count"/> open recommendations of <paramref name="themeId"/>, owned by the post linked to
    /// <paramref name="ownerEmail"/> (else by free text), due on <paramref name="due"/>. Returns their ids.
    /// </summary>
    public static Task<IReadOnlyList<int>> RaiseAsync(this PortalFactory portal, string organisation, int count = 1, int? themeId = null, string? ownerEmail = null, DateOnly? due = null, DeliveryRoute route = DeliveryRoute.LocalImprovement, RecommendationStatus status = RecommendationStatus.Open) =>
        portal.WithDbAsync<IReadOnlyList<int>>(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
            await RecommendationLists.EnsureSourcesAsync(db, org.Id, CancellationToken.None);
            var source = await db.RecommendationSources.FirstAsync(s => s.OrganisationId == org.Id && s.Name == "HMICFRS");
            var owner = ownerEmail is null
                ? null
                : await db.People.Where(p => p.OrganisationId == org.Id && db.Users.Any(u => u.Id == p.UserId && u.Email == ownerEmail)).Select(p => (int?)p.Id).FirstAsync();
            var report = new SourceReport { OrganisationId = org.Id, SourceId = source.Id, Source = source, Title = $"Test inspection {Guid.NewGuid():N}"[..24], PublishedOn = new DateOnly(2026, 6, 1) };
            db.SourceReports.Add(report);
            var made = new List<Recommendation>();
            for (var i = 1; i <= count; i++)
            {
                var r = Recommendation.Raise(report, new RecommendationDetails($"R{i}", $"Test recommendation {i}", null, themeId, route, route == DeliveryRoute.Programme ? "Test programme" : null, owner, owner is null ? "Director of Test" : null, due ?? new DateOnly(2030, 3, 31)), Actor, status);
                db.Recommendations.Add(r);
                made.Add(r);
            }

            await db.SaveChangesAsync();
            return [.. made.Select(r => r.Id)];
        });

    /// <summary>The recommendation as saved now.</summary>
    public static Task<Recommendation> RecommendationAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.Recommendations.AsNoTracking().Include(r => r.History).Include(r => r.Links).SingleAsync(r => r.Id == id));

    /// <summary>Proposes closure as the account <paramref name="email"/> (or someone with no account here, so any governance officer may accept it).</summary>
    public static Task ProposeAsync(this PortalFactory portal, int id, string? email = null) =>
        portal.WithDbAsync(async db =>
        {
            var userId = email is null ? "someone-else" : await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var r = await db.Recommendations.Include(x => x.History).SingleAsync(x => x.Id == id);
            r.ProposeClosure("The issue is addressed: evidence in the test folder", new Actor(userId, "Someone Else", DateTime.UtcNow));
            await db.SaveChangesAsync();
            return 0;
        });
}
