using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Audit;

/// <summary>
/// Which audit entries a user may read: only those of records the user may read. The audit log, its export and the
/// history pages apply the same rule as the records themselves, so no organisation sees another's unpublished data:
/// the entries of a framework year that is not published (the year itself, its text and the wording proposed for it)
/// are seen only by those who may read that organisation's drafts (<see cref="AccessMatrix.CanViewYear"/>).
/// A text block deleted from a draft is found through the area and year its deletion recorded.
/// Papers likewise: the entries of a paper that is not published (and of its sections, signatories, document control
/// rows, appendices and comments) are seen only by those who review that organisation's papers
/// (<see cref="Permission.ReviewPapers"/>); a paper's child row is shown only while it is known to belong to a paper the
/// user may read (a deleted row cannot be placed, so it is hidden).
/// </summary>
public sealed class AuditVisibility
{
    private static readonly AuditVisibility Everything = new([], [], []);

    /// <summary>The record types that belong to a paper, whose entries follow the paper's visibility.</summary>
    private static readonly string[] PaperChildTypes =
        [nameof(PaperSection), nameof(PaperSignatory), nameof(PaperControlEntry), nameof(PaperAppendix), nameof(PaperComment)];

    private readonly HashSet<string> _years;
    private readonly HashSet<string> _statements;
    private readonly HashSet<string> _proposals;
    private HashSet<string> _papers = [];

    /// <summary>Null when every paper's entries are shown; otherwise the child rows (by type) the user may see.</summary>
    private Dictionary<string, HashSet<string>>? _paperChildren;

    private AuditVisibility(HashSet<string> years, HashSet<string> statements, HashSet<string> proposals)
    {
        _years = years;
        _statements = statements;
        _proposals = proposals;
    }

    /// <summary>True when nothing is hidden from the user.</summary>
    public bool HidesNothing => _years.Count == 0 && _statements.Count == 0 && _proposals.Count == 0 && _paperChildren is null;

    /// <summary>What the user may not see of the audit trail now (draft years of organisations whose drafts they may not read).</summary>
    public static async Task<AuditVisibility> ForAsync(GovernancePortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code }).ToListAsync(cancellationToken);
        var hidden = organisations.Where(o => !AccessMatrix.CanViewYear(user, o.Code, published: false)).Select(o => o.Id).ToList();
        var hiddenPapers = organisations.Where(o => !AccessMatrix.Allows(user, Permission.ReviewPapers, o.Code)).Select(o => o.Id).ToList();
        if (hidden.Count == 0 && hiddenPapers.Count == 0)
        {
            return Everything;
        }

        var visibility = hidden.Count == 0 ? new AuditVisibility([], [], []) : await FrameworkAsync(db, hidden, cancellationToken);
        if (hiddenPapers.Count > 0)
        {
            await visibility.HidePapersAsync(db, hiddenPapers, cancellationToken);
        }

        return visibility;
    }

    /// <summary>Hides the entries of the unpublished papers of <paramref name="organisations"/> and of their rows.</summary>
    private async Task HidePapersAsync(GovernancePortalDbContext db, List<int> organisations, CancellationToken cancellationToken)
    {
        var papers = await db.Papers.AsNoTracking().Where(p => organisations.Contains(p.OrganisationId) && p.Status != PaperStatus.Published)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        _papers = Keys(papers);
        _paperChildren = new(StringComparer.Ordinal)
        {
            [nameof(PaperSection)] = Keys(await db.PaperSections.AsNoTracking().Where(s => !papers.Contains(s.PaperId)).Select(s => s.Id).ToListAsync(cancellationToken)),
            [nameof(PaperSignatory)] = Keys(await db.PaperSignatories.AsNoTracking().Where(s => !papers.Contains(s.PaperId)).Select(s => s.Id).ToListAsync(cancellationToken)),
            [nameof(PaperControlEntry)] = Keys(await db.PaperControlEntries.AsNoTracking().Where(e => !papers.Contains(e.PaperId)).Select(e => e.Id).ToListAsync(cancellationToken)),
            [nameof(PaperAppendix)] = Keys(await db.PaperAppendices.AsNoTracking().Where(a => !papers.Contains(a.CoverPaperId)).Select(a => a.Id).ToListAsync(cancellationToken)),
            [nameof(PaperComment)] = Keys(await db.PaperComments.AsNoTracking().Where(c => !papers.Contains(c.PaperId)).Select(c => c.Id).ToListAsync(cancellationToken)),
        };
    }

    private static async Task<AuditVisibility> FrameworkAsync(GovernancePortalDbContext db, List<int> hidden, CancellationToken cancellationToken)
    {

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
        entries = entries.Where(a =>
            !(a.EntityType == nameof(FrameworkYear) && years.Contains(a.EntityKey))
            && !(a.EntityType == nameof(AreaStatement) && statements.Contains(a.EntityKey))
            && !(a.EntityType == nameof(StatementProposal) && proposals.Contains(a.EntityKey)));
        if (_paperChildren is null)
        {
            return entries;
        }

        var papers = _papers.ToList();
        var sections = _paperChildren[nameof(PaperSection)].ToList();
        var signatories = _paperChildren[nameof(PaperSignatory)].ToList();
        var rows = _paperChildren[nameof(PaperControlEntry)].ToList();
        var appendices = _paperChildren[nameof(PaperAppendix)].ToList();
        var comments = _paperChildren[nameof(PaperComment)].ToList();
        return entries.Where(a =>
            !(a.EntityType == nameof(Paper) && papers.Contains(a.EntityKey))
            && !(a.EntityType == nameof(PaperSection) && !sections.Contains(a.EntityKey))
            && !(a.EntityType == nameof(PaperSignatory) && !signatories.Contains(a.EntityKey))
            && !(a.EntityType == nameof(PaperControlEntry) && !rows.Contains(a.EntityKey))
            && !(a.EntityType == nameof(PaperAppendix) && !appendices.Contains(a.EntityKey))
            && !(a.EntityType == nameof(PaperComment) && !comments.Contains(a.EntityKey)));
    }

    /// <summary>True when the user may see the entries of this record.</summary>
    public bool Shows(string entityType, string entityKey) => entityType switch
    {
        nameof(FrameworkYear) => !_years.Contains(entityKey),
        nameof(AreaStatement) => !_statements.Contains(entityKey),
        nameof(StatementProposal) => !_proposals.Contains(entityKey),
        nameof(Paper) => !_papers.Contains(entityKey),
        _ when _paperChildren is not null && PaperChildTypes.Contains(entityType) => _paperChildren[entityType].Contains(entityKey),
        _ => true,
    };
}
