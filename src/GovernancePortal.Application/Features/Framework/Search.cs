using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// The framework search (/framework/search?q=…): finds governance areas and area text containing every word of the query, across the organisations and years the
/// user may read. Matching ignores case and accents ("decision-making" finds "Decision-Making"; "cafe" finds "café").
/// </summary>
public static class SearchFramework
{
    public sealed record Query(string? Text, string? Organisation = null) : IQuery<Results>;

    public sealed record Results(string Query, IReadOnlyList<Hit> Hits, bool Truncated);

    public sealed record Hit(
        string OrganisationSlug,
        string OrganisationShortName,
        int AreaId,
        string AreaReference,
        string AreaTitle,
        string? YearSlug,
        string? YearText,
        string Where,
        string Snippet);

    public sealed class Validator : UseCaseValidator<Query>
    {
        public const int MaxQueryLength = 200;

        public Validator() =>
            RuleFor(x => CleanText.SingleLine(x.Text)).NotEmpty().WithMessage("Enter words to search for")
                .MaximumLength(MaxQueryLength).WithMessage($"Search must be {MaxQueryLength} characters or fewer")
                .OverridePropertyName("Query");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, Results>
    {
        public const int MaxHits = 100;
        private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("en-GB").CompareInfo;
        private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

        public async ValueTask<Results> Handle(Query query, CancellationToken cancellationToken)
        {
            var text = CleanText.SingleLine(query.Text);
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var organisations = (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken))
                .Where(o => query.Organisation is null || string.Equals(o.Code, query.Organisation, StringComparison.OrdinalIgnoreCase))
                .Where(o => FrameworkScope.CanRead(user, o.Code))
                .ToDictionary(o => o.Id);
            var years = (await db.FrameworkYears.AsNoTracking().ToListAsync(cancellationToken))
                .Where(y => organisations.TryGetValue(y.OrganisationId, out var o) && FrameworkScope.CanViewYear(user, o.Code, y))
                .ToList();
            var areas = await db.GovernanceAreas.AsNoTracking().Where(a => organisations.Keys.Contains(a.OrganisationId))
                .OrderBy(a => a.OrganisationId).ThenBy(a => a.SortOrder).ToListAsync(cancellationToken);

            var hits = new List<Hit>();
            foreach (var area in areas)
            {
                var organisation = organisations[area.OrganisationId];
                var haystack = $"{area.Reference} {area.Title} {area.Description}";
                if (Matches(haystack, words))
                {
                    hits.Add(new Hit(organisation.Code.ToLowerInvariant(), organisation.ShortName, area.Id, area.Reference, area.Title, null, null,
                        "Area", Snippet(area.Description, words)));
                }
            }

            // Text is read a year at a time so memory stays bounded by one year's framework.
            foreach (var year in years.OrderByDescending(y => y.Year))
            {
                var areaIds = areas.Where(a => a.OrganisationId == year.OrganisationId).Select(a => a.Id).ToList();
                var statements = await db.AreaStatements.AsNoTracking()
                    .Where(s => s.Year == year.Year && areaIds.Contains(s.GovernanceAreaId))
                    .OrderBy(s => s.GovernanceAreaId).ThenBy(s => s.SortOrder)
                    .ToListAsync(cancellationToken);
                foreach (var statement in statements)
                {
                    var plain = StructuredText.ToPlainText(statement.Text);
                    if (!Matches($"{statement.SubTopic} {plain}", words))
                    {
                        continue;
                    }

                    var area = areas.First(a => a.Id == statement.GovernanceAreaId);
                    var organisation = organisations[area.OrganisationId];
                    hits.Add(new Hit(organisation.Code.ToLowerInvariant(), organisation.ShortName, area.Id, area.Reference, area.Title,
                        FrameworkScope.YearSlug(year.Year), year.Year.ToString(), FrameworkText.BlockLabel(statement.Kind, statement.SubTopic), Snippet(plain, words)));
                    if (hits.Count > MaxHits)
                    {
                        return new Results(text, hits[..MaxHits], true);
                    }
                }
            }

            return new Results(text, hits, false);
        }

        private static bool Matches(string haystack, string[] words) => words.All(w => Compare.IndexOf(haystack, w, Options) >= 0);

        /// <summary>About 30 words around the first match, on word boundaries.</summary>
        internal static string Snippet(string text, string[] words)
        {
            var plain = text.Replace('\n', ' ');
            var at = words.Select(w => Compare.IndexOf(plain, w, Options)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
            var start = Math.Max(0, at - 100);
            var end = Math.Min(plain.Length, at + 140);
            while (start > 0 && plain[start - 1] != ' ')
            {
                start--;
            }

            while (end < plain.Length && plain[end] != ' ')
            {
                end++;
            }

            return (start > 0 ? "… " : string.Empty) + plain[start..end].Trim() + (end < plain.Length ? " …" : string.Empty);
        }
    }
}
