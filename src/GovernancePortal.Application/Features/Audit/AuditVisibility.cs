using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Audit;

/// <summary>
/// Which audit entries a user may read: only those of records the user may read. The audit log, its export and the
/// history pages apply the same rule as the records themselves, so no organisation sees another's unpublished data:
/// the entries of a framework year that is not published (the year itself, its text and the wording proposed for it)
/// are seen only by those who may read that organisation's drafts (<see cref="AccessMatrix.CanViewYear"/>).
/// A text block deleted from a draft is found through the area and year its deletion recorded.
/// </summary>
public sealed class AuditVisibility
{
    private static readonly AuditVisibility Everything = new([], [], []);

    private readonly HashSet<string> _years;
    private readonly HashSet<string> _statements;
    private readonly HashSet<string> _proposals;

    private AuditVisibility(HashSet<string> years, HashSet<string> statements, HashSet<string> proposals)
    {
        _years = years;
        _statements = statements;
        _proposals = proposals;
    }

    /// <summary>True when nothing is hidden from the user.</summary>
    public bool HidesNothing => _years.Count == 0 && _statements.Count == 0 && _proposals.Count == 0;

    /// <summary>What the user may not see of the audit trail now (draft years of organisations whose drafts they may not read).</summary>
    public static async Task<AuditVisibility> ForAsync(GovernancePortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code }).ToListAsync(cancellationToken);
        var hidden = organisations.Where(o => !AccessMatrix.CanViewYear(user, o.Code, published: false)).Select(o => o.Id).ToList();
        if (hidden.Count == 0)
        {
            return Everything;
        }

        // A year is unpublished until a published framework year says otherwise.
        var years = await db.FrameworkYears.AsNoTracking()
            .Where(y => hidden.Contains(y.OrganisationId) && y.Status != FrameworkYearStatus.Published)
            .Select(y => y.Id).ToListAsync(cancellationToken);
        var statements = await db.AreaStatements.AsNoTracking()
            .Where(s => db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && hidden.Contains(a.OrganisationId)
                && !db.FrameworkYears.Any(y => y.OrganisationId == a.OrganisationId && y.Year == s.Year && y.Status == FrameworkYearStatus.Published)))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var proposals = await db.StatementProposals.AsNoTracking()
            .Where(p => db.GovernanceAreas.Any(a => a.Id == p.GovernanceAreaId && hidden.Contains(a.OrganisationId)
                && !db.FrameworkYears.Any(y => y.OrganisationId == a.OrganisationId && y.Year == p.Year && y.Status == FrameworkYearStatus.Published)))
            .Select(p => p.Id).ToListAsync(cancellationToken);

        var statementKeys = Keys(statements);
        foreach (var key in await DeletedStatementsAsync(db, hidden, cancellationToken))
        {
            statementKeys.Add(key);
        }

        return new AuditVisibility(Keys(years), statementKeys, Keys(proposals));
    }

    /// <summary>Text blocks deleted (only drafts can lose text) from an unpublished year of a hidden organisation.</summary>
    private static async Task<List<string>> DeletedStatementsAsync(GovernancePortalDbContext db, List<int> hidden, CancellationToken cancellationToken)
    {
        var deletions = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(AreaStatement) && a.Action == AuditAction.Delete)
            .Select(a => new { a.EntityKey, a.Changes })
            .ToListAsync(cancellationToken);
        if (deletions.Count == 0)
        {
            return [];
        }

        var areas = await db.GovernanceAreas.AsNoTracking().Where(a => hidden.Contains(a.OrganisationId))
            .Select(a => new { a.Id, a.OrganisationId }).ToDictionaryAsync(a => a.Id, a => a.OrganisationId, cancellationToken);
        var published = (await db.FrameworkYears.AsNoTracking().Where(y => y.Status == FrameworkYearStatus.Published)
            .Select(y => new { y.OrganisationId, y.Year }).ToListAsync(cancellationToken))
            .Select(y => (y.OrganisationId, y.Year.StartYear)).ToHashSet();
        var keys = new List<string>();
        foreach (var deletion in deletions)
        {
            var fields = AuditDisplay.ParseChanges(deletion.Changes).ToDictionary(c => c.Field, c => c.Old ?? c.New, StringComparer.Ordinal);
            var areaId = fields.TryGetValue(nameof(AreaStatement.GovernanceAreaId), out var area)
                && int.TryParse(area, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
            var year = fields.TryGetValue(nameof(AreaStatement.Year), out var text) && ReportingYear.TryParse(text, out var y) ? y : (ReportingYear?)null;

            // An entry that cannot be placed is hidden rather than shown: it can only be a draft's.
            if (areaId is null || year is null
                || (areas.TryGetValue(areaId.Value, out var organisationId) && !published.Contains((organisationId, year.Value.StartYear))))
            {
                keys.Add(deletion.EntityKey);
            }
        }

        return keys;
    }

    private static HashSet<string> Keys(IEnumerable<int> ids) => [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The entries the user may see, as part of the query (so counts and paging stay right).</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (HidesNothing)
        {
            return entries;
        }

        var years = _years.ToList();
        var statements = _statements.ToList();
        var proposals = _proposals.ToList();
        return entries.Where(a =>
            !(a.EntityType == nameof(FrameworkYear) && years.Contains(a.EntityKey))
            && !(a.EntityType == nameof(AreaStatement) && statements.Contains(a.EntityKey))
            && !(a.EntityType == nameof(StatementProposal) && proposals.Contains(a.EntityKey)));
    }

    /// <summary>True when the user may see the entries of this record.</summary>
    public bool Shows(string entityType, string entityKey) => entityType switch
    {
        nameof(FrameworkYear) => !_years.Contains(entityKey),
        nameof(AreaStatement) => !_statements.Contains(entityKey),
        nameof(StatementProposal) => !_proposals.Contains(entityKey),
        _ => true,
    };
}
