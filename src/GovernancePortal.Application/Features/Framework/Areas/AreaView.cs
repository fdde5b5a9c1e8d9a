using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Areas;

/// <summary>A governance area with its text for one year, as the area page and the text pages show it.</summary>
public sealed record AreaView(
    int Id,
    string Slug,
    string OrganisationShortName,
    string Reference,
    string Title,
    string Description,
    string PrincipleCode,
    string PrincipleTitle,
    string? CommitmentsLeadIn,
    IReadOnlyList<LeadView> Leads,
    bool IsArchived,
    Guid Version,
    YearSummary Year,
    IReadOnlyList<YearSummary> Years,
    IReadOnlyList<StatementGroup> Groups,
    bool CanEditArea,
    bool CanEditText,
    bool CanPropose,
    bool CanViewHistory)
{
    /// <summary>
    /// Loads the area (404 unless it is the organisation's) with its text for <paramref name="yearSlug"/>, or the latest
    /// year the user may see. A draft year is 403 outside the organisation (<see cref="FrameworkScope.CanViewYear"/>).
    /// </summary>
    public static async Task<AreaView> LoadAsync(
        GovernancePortalDbContext db, ICurrentUser user, Organisation organisation, int areaId, string? yearSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var area = await db.GovernanceAreas.AsNoTracking()
            .Include(a => a.Principle)
            .Include(a => a.SeniorLeads)
            .SingleOrDefaultAsync(a => a.Id == areaId && a.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no governance area with this number.");

        var (year, visible) = await FrameworkScope.YearAsync(db, user, organisation, yearSlug, cancellationToken);

        var previous = year.Year.StartYear > ReportingYear.MinStartYear ? year.Year.Previous : year.Year;
        var statements = await db.AreaStatements.AsNoTracking()
            .Where(s => s.GovernanceAreaId == area.Id && (s.Year == year.Year || s.Year == previous))
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

        var codeSection = area.CommitmentsLeadIn is not null;
        var draft = year.Status == FrameworkYearStatus.Draft;
        var canEdit = AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code);
        var leadsArea = user.UserId is not null && area.SeniorLeads.Any(l => l.UserId == user.UserId);
        var groups = FrameworkText.KindsFor(codeSection)
            .Select(kind => new StatementGroup(
                kind,
                FrameworkText.KindName(kind),
                FrameworkText.DocumentName(kind),
                [.. statements.Where(s => s.Year == year.Year && s.Kind == kind).Select(StatementView.Of)],
                FrameworkText.PromptFor(kind) is { } prompt && draft && previous != year.Year
                    ? [.. statements.Where(s => s.Year == previous && s.Kind == prompt).Select(StatementView.Of)]
                    : []))
            .ToList();

        return new AreaView(
            area.Id,
            FrameworkScope.Slug(organisation),
            organisation.ShortName,
            area.Reference,
            area.Title,
            area.Description,
            area.Principle!.Code,
            area.Principle.Title,
            area.CommitmentsLeadIn,
            [.. area.SeniorLeads.OrderBy(l => l.JobTitle).Select(l => new LeadView(l.Id, l.DisplayName, l.Email))],
            area.IsArchived,
            area.Version,
            year,
            visible,
            groups,
            canEdit,
            canEdit && draft,
            draft && leadsArea && AccessMatrix.Allows(user, Permission.ProposeFrameworkText, organisation.Code),
            AccessMatrix.Allows(user, Permission.ViewHistory, organisation.Code));
    }
}

public sealed record LeadView(int Id, string DisplayName, string? Email);

/// <summary>The blocks of one kind of text; <see cref="PreviousYear"/> carries last year's intended activity as a prompt.</summary>
public sealed record StatementGroup(StatementKind Kind, string Name, string Document, IReadOnlyList<StatementView> Statements, IReadOnlyList<StatementView> PreviousYear);

public sealed record StatementView(int Id, StatementKind Kind, string? SubTopic, string Text, int SortOrder, Guid Version)
{
    public static StatementView Of(AreaStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new(statement.Id, statement.Kind, statement.SubTopic, statement.Text, statement.SortOrder, statement.Version);
    }
}
