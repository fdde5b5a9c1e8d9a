using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>
/// The register of an organisation's external recommendations (/recommendations/{org}), filtered by status, theme,
/// source body, delivery route, RAG and overdue. Without an organisation it shows the user's own (the first they
/// work for, else the first the portal knows).
/// </summary>
public static class ListRecommendations
{
    /// <summary>The register's filters, as the page's GET form sends them. Status "open" is anything not closed.</summary>
    public sealed class Filter
    {
        public string? Status { get; set; }

        public int? Theme { get; set; }

        public int? Source { get; set; }

        public DeliveryRoute? Route { get; set; }

        public RagStatus? Rag { get; set; }

        public bool Overdue { get; set; }

        public bool IsEmpty => string.IsNullOrEmpty(Status) && Theme is null && Source is null && Route is null && Rag is null && !Overdue;
    }

    public const string OpenStatus = "open";

    public sealed record Query(string? Organisation, Filter Filter) : IQuery<Register>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewRecommendations;

        public ScopeTarget Scope => Organisation is null ? ScopeTarget.AnyOrganisation : ScopeTarget.Organisation(Organisation);
    }

    public sealed record Row(
        int Id, string Reference, string ReportTitle, string Source, string Text, string? Theme, DeliveryRoute? Route, string? DeliveryDetail,
        string Owner, DateOnly? DueDate, bool Revised, bool Overdue, RecommendationStatus Status, RagStatus? Rag);

    public sealed record Register(
        string OrganisationSlug,
        string OrganisationName,
        IReadOnlyList<(string Slug, string Name)> Organisations,
        DateOnly Today,
        string RagRule,
        IReadOnlyList<(int Id, string Name)> Themes,
        IReadOnlyList<(int Id, string Name)> Sources,
        IReadOnlyList<Row> Rows,
        int Total,
        int Open,
        int Overdue,
        int Proposed,
        bool CanManage);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Register>
    {
        public async ValueTask<Register> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var all = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
            var readable = all.Where(o => AccessMatrix.Allows(user, Permission.ViewRecommendations, o.Code)).ToList();
            var slug = query.Organisation
                ?? readable.FirstOrDefault(o => user.OrganisationCodes.Contains(o.Code, StringComparer.OrdinalIgnoreCase))?.Code
                ?? readable.FirstOrDefault()?.Code
                ?? throw new NotFoundException("There is no organisation to show.");
            var organisation = await FrameworkScope.OrganisationAsync(db, slug, cancellationToken);
            var today = time.Today();
            var filter = query.Filter ?? new Filter();

            var source = db.Recommendations.AsNoTracking().Where(r => r.OrganisationId == organisation.Id);
            var total = await source.CountAsync(cancellationToken);
            var open = await source.CountAsync(RecommendationRules.IsOpen, cancellationToken);
            var overdue = await source.CountAsync(RecommendationRules.IsOverdue(today), cancellationToken);
            var proposed = await source.CountAsync(r => r.Status == RecommendationStatus.ProposedForClosure, cancellationToken);

            var filtered = source;
            if (string.Equals(filter.Status, OpenStatus, StringComparison.OrdinalIgnoreCase))
            {
                filtered = filtered.Where(RecommendationRules.IsOpen);
            }
            else if (Enum.TryParse<RecommendationStatus>(filter.Status, ignoreCase: true, out var status))
            {
                filtered = filtered.Where(r => r.Status == status);
            }

            if (filter.Theme is { } theme)
            {
                filtered = filtered.Where(r => r.ThemeId == theme);
            }

            if (filter.Source is { } body)
            {
                filtered = filtered.Where(r => r.Report!.SourceId == body);
            }

            if (filter.Route is { } route)
            {
                filtered = filtered.Where(r => r.DeliveryRoute == route);
            }

            if (filter.Overdue)
            {
                filtered = filtered.Where(RecommendationRules.IsOverdue(today));
            }

            var found = await filtered.AsSplitQuery().Include(r => r.Report!).ThenInclude(r => r.Source).Include(r => r.Theme).Include(r => r.Owner)
                .ToListAsync(cancellationToken);
            var rows = found
                .Select(r => new Row(r.Id, r.Reference, r.Report!.Title, r.Report.Source!.Name, r.Text, r.Theme?.Name, r.DeliveryRoute, r.DeliveryDetail,
                    r.OwnerDisplay, r.DueDate, r.IsRevised, r.IsOverdue(today), r.Status, r.RagOn(organisation.RagRule, today)))
                .Where(r => filter.Rag is null || r.Rag == filter.Rag)
                .OrderBy(r => r.Status == RecommendationStatus.Closed).ThenBy(r => r.DueDate ?? DateOnly.MaxValue).ThenBy(r => r.ReportTitle, StringComparer.Ordinal).ThenBy(r => r.Reference, StringComparer.Ordinal)
                .ToList();
            return new Register(
                organisation.Code.ToLowerInvariant(),
                organisation.ShortName,
                [.. readable.Select(o => (o.Code.ToLowerInvariant(), o.ShortName))],
                today,
                organisation.RagRule.Description,
                await RecommendationLists.ThemesAsync(db, organisation.Id, includeArchived: true, cancellationToken),
                await RecommendationLists.SourcesAsync(db, organisation.Id, includeArchived: true, cancellationToken),
                rows,
                total,
                open,
                overdue,
                proposed,
                AccessMatrix.Allows(user, Permission.ManageRecommendations, organisation.Code));
        }
    }
}
