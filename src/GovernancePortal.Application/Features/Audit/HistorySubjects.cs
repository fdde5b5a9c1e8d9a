using System.Globalization;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.People;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Audit;

/// <summary>A record whose history can be shown: its title and the organisation it belongs to.</summary>
public sealed record HistoryRecord(string Title, string OrganisationCode);

/// <summary>
/// Rows that belong to a subject and appear in its history: audit entries of <see cref="EntityType"/> whose
/// <see cref="ForeignKey"/> (old or new value) is the subject's id, and the rows that point at it now
/// (<see cref="CurrentKeys"/>: an update that does not change the foreign key does not record it).
/// <see cref="Label"/> names a row from its last known field values; <see cref="IsAssociation"/> rows are only added or removed.
/// </summary>
public sealed record HistoryChild(
    string EntityType,
    string ForeignKey,
    Func<IReadOnlyDictionary<string, string?>, string> Label,
    Func<GovernancePortalDbContext, int, CancellationToken, Task<List<int>>>? CurrentKeys = null,
    bool IsAssociation = false);

/// <summary>A record's history page: the subject's <see cref="HistorySubject.Slug"/> and the record's id.</summary>
public sealed record HistorySubjectKey(string Slug, int Id);

/// <summary>A kind of record with a history page (the History page's route is {Slug}/{id}).</summary>
public sealed record HistorySubject(
    string Slug,
    string EntityType,
    string Noun,
    Func<GovernancePortalDbContext, int, CancellationToken, Task<HistoryRecord?>> Find,
    IReadOnlyList<HistoryChild> Children);

/// <summary>The records whose history can be shown, by slug, and where their audit entries are.</summary>
public static class HistorySubjects
{
    public const string GovernanceAreaLeadsType = "GovernanceAreaLeads";

    public static IReadOnlyList<HistorySubject> All { get; } =
    [
        new("governance-area", nameof(GovernanceArea), "Governance area",
            async (db, id, ct) => await db.GovernanceAreas.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new HistoryRecord(a.Organisation!.ShortName + " area " + a.Reference + ": " + a.Title, a.Organisation.Code))
                .SingleOrDefaultAsync(ct),
            [
                new(nameof(AreaStatement), nameof(AreaStatement.GovernanceAreaId), StatementLabel,
                    (db, id, ct) => db.AreaStatements.Where(s => s.GovernanceAreaId == id).Select(s => s.Id).ToListAsync(ct)),
                new(GovernanceAreaLeadsType, nameof(AreaStatement.GovernanceAreaId), _ => "Senior lead", IsAssociation: true),
                new(nameof(StatementProposal), nameof(StatementProposal.GovernanceAreaId), f => "Proposed wording for " + StatementLabel(f),
                    (db, id, ct) => db.StatementProposals.Where(p => p.GovernanceAreaId == id).Select(p => p.Id).ToListAsync(ct)),
            ]),
        new("principle", nameof(Principle), "Principle",
            async (db, id, ct) => await db.Principles.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new HistoryRecord(p.Organisation!.ShortName + " principle " + p.Code + ": " + p.Title, p.Organisation.Code))
                .SingleOrDefaultAsync(ct),
            [
                new(nameof(SubPrinciple), nameof(SubPrinciple.PrincipleId), f => "Sub-principle: " + Value(f, nameof(SubPrinciple.Title)),
                    (db, id, ct) => db.SubPrinciples.Where(s => s.PrincipleId == id).Select(s => s.Id).ToListAsync(ct)),
            ]),
        new("person", nameof(Person), "Person",
            async (db, id, ct) => await db.People.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new HistoryRecord(p.FullName == null || p.FullName == string.Empty ? p.JobTitle : p.FullName + " (" + p.JobTitle + ")", p.Organisation!.Code))
                .SingleOrDefaultAsync(ct),
            [
                new(nameof(PostHolding), nameof(PostHolding.PersonId), f => "Previous holder: " + (Value(f, nameof(PostHolding.FullName)) ?? Value(f, nameof(PostHolding.Email)) ?? "unnamed"),
                    (db, id, ct) => db.PostHoldings.Where(h => h.PersonId == id).Select(h => h.Id).ToListAsync(ct)),
            ]),
        new("framework-year", nameof(FrameworkYear), "Framework year",
            async (db, id, ct) => (await db.FrameworkYears.AsNoTracking().Where(y => y.Id == id)
                    .Select(y => new { y.Year, y.Organisation!.ShortName, y.Organisation.Code }).SingleOrDefaultAsync(ct)) is { } y
                ? new HistoryRecord($"{y.ShortName} framework {y.Year}", y.Code)
                : null,
            []),
        new("organisation", nameof(Organisation), "Organisation",
            async (db, id, ct) => await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new HistoryRecord(o.Name, o.Code)).SingleOrDefaultAsync(ct),
            []),
        new("improvement-action", nameof(ImprovementAction), "Improvement action",
            async (db, id, ct) => await db.ImprovementActions.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new HistoryRecord("Improvement action " + a.Code, a.Area!.Plan!.Organisation!.Code))
                .SingleOrDefaultAsync(ct),
            [
                new(nameof(ActionUpdate), nameof(ActionUpdate.ActionId), f => (Value(f, nameof(ActionUpdate.Kind)) == nameof(UpdateKind.CompletionReport) ? "Completion report" : "Progress update")
                        + (Value(f, nameof(ActionUpdate.SubmittedByName)) is { } by ? " from " + by : string.Empty),
                    (db, id, ct) => db.ActionUpdates.Where(u => u.ActionId == id).Select(u => u.Id).ToListAsync(ct)),
                new(nameof(DueDateRevision), nameof(DueDateRevision.ActionId), f => "Due date revised" + (Value(f, nameof(DueDateRevision.NewDueDate)) is { } to ? " to " + to : string.Empty),
                    (db, id, ct) => db.DueDateRevisions.Where(r => r.ActionId == id).Select(r => r.Id).ToListAsync(ct)),
                new(nameof(DueDateRequest), nameof(DueDateRequest.ActionId), f => "Request for a new due date"
                        + (Value(f, nameof(DueDateRequest.RequestedDueDate)) is { } asked ? " (" + asked + ")" : string.Empty)
                        + (Value(f, nameof(DueDateRequest.RequestedByName)) is { } from ? " from " + from : string.Empty),
                    (db, id, ct) => db.DueDateRequests.Where(r => r.ActionId == id).Select(r => r.Id).ToListAsync(ct)),
            ]),
        new("improvement-plan", nameof(ImprovementPlan), "Improvement plan",
            async (db, id, ct) => await db.ImprovementPlans.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new HistoryRecord(p.Title, p.Organisation!.Code))
                .SingleOrDefaultAsync(ct),
            []),

        // Papers reference data: glossary acronyms, audit opinions with their recommendations, templates with their sections.
        new("glossary-acronym", nameof(GlossaryEntry), "Glossary acronym",
            async (db, id, ct) => await db.GlossaryEntries.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new HistoryRecord(g.Organisation!.ShortName + " glossary: " + g.Acronym, g.Organisation.Code))
                .SingleOrDefaultAsync(ct),
            []),
        new("audit-opinion", nameof(AuditOpinion), "Internal audit opinion",
            async (db, id, ct) => (await db.AuditOpinions.AsNoTracking().Where(o => o.Id == id)
                    .Select(o => new { o.Year, o.Organisation!.ShortName, o.Organisation.Code }).SingleOrDefaultAsync(ct)) is { } o
                ? new HistoryRecord($"{o.ShortName} internal audit opinion {o.Year}", o.Code)
                : null,
            [
                new(nameof(AuditRecommendation), nameof(AuditRecommendation.OpinionId), f => "Recommendation " + (Value(f, nameof(AuditRecommendation.Number)) ?? string.Empty),
                    (db, id, ct) => db.AuditRecommendations.Where(r => r.OpinionId == id).Select(r => r.Id).ToListAsync(ct)),
            ]),
        new("paper-template", nameof(PaperTemplate), "Paper template",
            async (db, id, ct) => (await db.PaperTemplates.AsNoTracking().Where(t => t.Id == id)
                    .Select(t => new { t.Kind, t.Organisation!.ShortName, t.Organisation.Code }).SingleOrDefaultAsync(ct)) is { } t
                ? new HistoryRecord($"{t.ShortName} template: {Papers.Templates.SectionContentText.Kind(t.Kind)}", t.Code)
                : null,
            [
                new(nameof(TemplateSection), nameof(TemplateSection.TemplateId), f => "Section: " + (Value(f, nameof(TemplateSection.Heading)) ?? string.Empty),
                    (db, id, ct) => db.TemplateSections.Where(s => s.TemplateId == id).Select(s => s.Id).ToListAsync(ct)),
            ]),
    ];

    public static HistorySubject? Find(string? slug) => All.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Which history page an audited record has, if any: the subject's slug and the record's id (governance-area, 12).
    /// The page builds the link (the History page's route is {type}/{id}).
    /// </summary>
    public static HistorySubjectKey? KeyFor(string entityType, string entityKey) =>
        All.FirstOrDefault(s => s.EntityType == entityType) is { } subject
        && int.TryParse(entityKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new HistorySubjectKey(subject.Slug, id)
            : null;

    /// <summary>"Key controls – Corporate risk register, 2016/17".</summary>
    public static string StatementLabel(IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var label = Value(fields, nameof(AreaStatement.Kind)) is { } kind ? AuditDisplay.Humanise(kind) : "Text";
        if (Value(fields, nameof(AreaStatement.SubTopic)) is { } subTopic)
        {
            label += " – " + subTopic;
        }

        return Value(fields, nameof(AreaStatement.Year)) is { } year ? $"{label}, {year}" : label;
    }

    private static string? Value(IReadOnlyDictionary<string, string?> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
