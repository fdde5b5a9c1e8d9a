using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Register;

/// <summary>How the register is filtered and sorted; the same filter drives the page and its CSV/XLSX export.</summary>
public sealed record RegisterFilter
{
    /// <summary>Organisation code (MPS, MOPAC); null for every organisation the user may see.</summary>
    public string? Organisation { get; init; }

    public int? Plan { get; init; }

    public int? Area { get; init; }

    public int? Owner { get; init; }

    /// <summary>"Red", "Amber", "Green" or "None" (not rated).</summary>
    public string? Rag { get; init; }

    /// <summary>An <see cref="ActionStatus"/> name, or "Open" for every open status.</summary>
    public string? Status { get; init; }

    public bool Overdue { get; init; }

    public bool Slipped { get; init; }

    /// <summary>Only actions owned by the user's own posts.</summary>
    public bool Mine { get; init; }

    /// <summary>Words to find in the code or description.</summary>
    public string? Search { get; init; }

    /// <summary>code, due, rag, status, owner (append "-desc" to reverse).</summary>
    public string? Sort { get; init; }

    public const string OpenStatus = "Open";
    public const string NotRated = "None";
}

public sealed record ListRegisterQuery(RegisterFilter Filter, int Page = 1, int PageSize = ListRegisterQuery.DefaultPageSize) : IQuery<RegisterPage>
{
    public const int DefaultPageSize = 50;
}

public sealed record RegisterRow(
    int Id,
    string OrganisationCode,
    string OrganisationName,
    int PlanId,
    int AreaId,
    string PlanTitle,
    ReportingYear PlanFirstYear,
    ReportingYear PlanLastYear,
    string? AreaCode,
    string AreaTitle,
    string Code,
    string Description,
    string? Owner,
    ActionSource? Source,
    string? SourceReference,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    int RevisionCount,
    ActionStatus Status,
    RagStatus? Rag,
    bool RagOverridden,
    bool OwnerReportsAtRisk,
    string? Progress,
    bool HasPendingUpdate,
    DateOnly? UpdateRequestedBy,
    bool IsOverdue,
    bool TimescaleRevised)
{
    public string PlanPeriod => PlanFirstYear == PlanLastYear
        ? PlanFirstYear.ToString()
        : $"{PlanFirstYear.StartYear}/{(PlanLastYear.StartYear + 1) % 100:00}";

    /// <summary>Days past the due date on <paramref name="today"/>, the day the row was read (0 when not overdue).</summary>
    public int DaysLate(DateOnly today) => IsOverdue ? today.DayNumber - DueDate!.Value.DayNumber : 0;
}

public sealed record RegisterChoice(string Value, string Text);

public sealed record RegisterPage(
    RegisterFilter Filter,
    IReadOnlyList<RegisterRow> Rows,
    int Total,
    int Page,
    int PageCount,
    DateOnly Today,
    IReadOnlyList<RegisterChoice> Organisations,
    IReadOnlyList<RegisterChoice> Plans,
    IReadOnlyList<RegisterChoice> Areas,
    IReadOnlyList<RegisterChoice> Owners,
    IReadOnlyList<(string Organisation, string Rule)> RagRules);

public sealed class ListRegisterHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListRegisterQuery, RegisterPage>
{
    public const int ExportLimit = 50_000;

    public async ValueTask<RegisterPage> Handle(ListRegisterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = time.Today();
        var filter = query.Filter;
        var visible = await ImprovementScope.VisibleOrganisationsAsync(db, user, cancellationToken);
        var organisationIds = visible
            .Where(o => filter.Organisation is null || string.Equals(o.Code, filter.Organisation, StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Id)
            .ToList();

        var actions = await RegisterQuery.FilterAsync(db, user, filter, organisationIds, today, cancellationToken);
        var total = await actions.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, ExportLimit);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await RegisterQuery.Project(RegisterQuery.Sort(actions, filter.Sort), today)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        var plans = await db.ImprovementPlans.AsNoTracking()
            .Where(p => organisationIds.Contains(p.OrganisationId))
            .OrderBy(p => p.OrganisationId).ThenByDescending(p => p.FirstYear)
            .Select(p => new { p.Id, p.Title, p.Organisation!.ShortName })
            .ToListAsync(cancellationToken);
        var areas = filter.Plan is { } planId
            ? await db.ImprovementAreas.AsNoTracking().Where(a => a.PlanId == planId && organisationIds.Contains(a.Plan!.OrganisationId))
                .OrderBy(a => a.Sequence).Select(a => new RegisterChoice(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (a.Code == null ? string.Empty : a.Code + " ") + a.Title))
                .ToListAsync(cancellationToken)
            : [];
        // The people who own an action (an EXISTS on the owner index, not a DISTINCT over every action).
        var owners = await db.People.AsNoTracking()
            .Where(p => db.ImprovementActions.Any(a => a.OwnerId == p.Id && organisationIds.Contains(a.Area!.Plan!.OrganisationId)))
            .Select(p => new { p.Id, p.FullName, p.JobTitle })
            .ToListAsync(cancellationToken);

        return new RegisterPage(
            filter,
            rows,
            total,
            page,
            pageCount,
            today,
            [.. visible.Select(o => new RegisterChoice(o.Code, o.ShortName))],
            [.. plans.Select(p => new RegisterChoice(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{p.ShortName}: {p.Title}"))],
            areas,
            [.. owners.OrderBy(o => o.JobTitle, StringComparer.OrdinalIgnoreCase)
                .Select(o => new RegisterChoice(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), string.IsNullOrWhiteSpace(o.FullName) ? o.JobTitle : $"{o.FullName} ({o.JobTitle})"))],
            [.. visible.Where(o => organisationIds.Contains(o.Id)).Select(o => (o.ShortName, o.RagRule.Description))]);
    }
}

/// <summary>The register's filtering, sorting and row shape, shared by the page and the export.</summary>
public static class RegisterQuery
{
    public static async Task<IQueryable<ImprovementAction>> FilterAsync(
        GovernancePortalDbContext db, ICurrentUser user, RegisterFilter filter, IReadOnlyCollection<int> organisationIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var actions = db.ImprovementActions.AsNoTracking().Where(a => organisationIds.Contains(a.Area!.Plan!.OrganisationId));
        if (filter.Plan is { } plan)
        {
            actions = actions.Where(a => a.Area!.PlanId == plan);
        }

        if (filter.Area is { } area)
        {
            actions = actions.Where(a => a.AreaId == area);
        }

        if (filter.Owner is { } owner)
        {
            actions = actions.Where(a => a.OwnerId == owner);
        }

        if (filter.Mine)
        {
            var mine = await ImprovementScope.MyPeopleAsync(db, user, cancellationToken);
            actions = actions.Where(a => a.OwnerId != null && mine.Contains(a.OwnerId.Value));
        }

        if (!string.IsNullOrWhiteSpace(filter.Rag))
        {
            if (string.Equals(filter.Rag, RegisterFilter.NotRated, StringComparison.OrdinalIgnoreCase))
            {
                actions = actions.Where(a => a.Rag == null);
            }
            else if (Enum.TryParse<RagStatus>(filter.Rag, ignoreCase: true, out var rag))
            {
                actions = actions.Where(a => a.Rag == rag);
            }
        }

        if (string.Equals(filter.Status, RegisterFilter.OpenStatus, StringComparison.OrdinalIgnoreCase))
        {
            actions = actions.Where(ActionRules.IsOpen);
        }
        else if (Enum.TryParse<ActionStatus>(filter.Status, ignoreCase: true, out var status))
        {
            actions = actions.Where(a => a.Status == status);
        }

        if (filter.Overdue)
        {
            actions = actions.Where(ActionRules.IsOverdue(today));
        }

        if (filter.Slipped)
        {
            actions = actions.Where(ActionRules.IsRevised);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var words = filter.Search.Trim().ToUpperInvariant();
            actions = actions.Where(a => a.Code.ToUpper().Contains(words) || a.Description.ToUpper().Contains(words));
        }

        return actions;
    }

    public static IQueryable<ImprovementAction> Sort(IQueryable<ImprovementAction> actions, string? sort) => (sort ?? "code").ToLowerInvariant() switch
    {
        "due" => actions.OrderBy(a => a.DueDate == null).ThenBy(a => a.DueDate).ThenBy(a => a.Code),
        "due-desc" => actions.OrderBy(a => a.DueDate == null).ThenByDescending(a => a.DueDate).ThenBy(a => a.Code),
        "rag" => actions.OrderBy(a => a.Rag == RagStatus.Red ? 0 : a.Rag == RagStatus.Amber ? 1 : a.Rag == RagStatus.Green ? 2 : 3).ThenBy(a => a.DueDate),
        "status" => actions.OrderBy(a => a.Status).ThenBy(a => a.Code),
        "owner" => actions.OrderBy(a => a.Owner!.JobTitle).ThenBy(a => a.Code),
        "code-desc" => actions.OrderByDescending(a => a.Area!.Plan!.OrganisationId).ThenByDescending(a => a.Area!.Plan!.FirstYear).ThenByDescending(a => a.Area!.Sequence).ThenByDescending(a => a.Code.Length).ThenByDescending(a => a.Code),
        _ => actions.OrderBy(a => a.Area!.Plan!.OrganisationId).ThenByDescending(a => a.Area!.Plan!.FirstYear).ThenBy(a => a.Area!.Sequence).ThenBy(a => a.Code.Length).ThenBy(a => a.Code),
    };

    /// <summary>The rows as the register shows them on <paramref name="today"/>; overdue and revised are the domain's rules.</summary>
    public static IQueryable<RegisterRow> Project(IQueryable<ImprovementAction> actions, DateOnly today) =>
        actions.Select(ActionRules.Expand(a => new RegisterRow(
            a.Id,
            a.Area!.Plan!.Organisation!.Code,
            a.Area.Plan.Organisation.ShortName,
            a.Area.PlanId,
            a.AreaId,
            a.Area.Plan.Title,
            a.Area.Plan.FirstYear,
            a.Area.Plan.LastYear,
            a.Area.Code,
            a.Area.Title,
            a.Code,
            a.Description,
            a.Owner != null ? (a.Owner.FullName != null ? a.Owner.FullName + " (" + a.Owner.JobTitle + ")" : a.Owner.JobTitle) : a.OwnerText,
            a.Source,
            a.SourceReference,
            a.OriginalDueDate,
            a.DueDate,
            a.RevisionCount,
            a.Status,
            a.Rag,
            a.RagOverride != null,
            a.OwnerReportsAtRisk,
            a.Progress,
            a.Updates.Any(u => u.Review == UpdateReview.Pending),
            a.UpdateRequestedBy,
            ActionRules.Overdue(a, today),
            ActionRules.Revised(a))));
}
