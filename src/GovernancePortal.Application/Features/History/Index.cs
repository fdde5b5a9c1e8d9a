using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Domain.People;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

using GovernancePortal.Application.Features.Audit;

namespace GovernancePortal.Application.Features.History;

/// <summary>
/// /history/{type}/{id}: the change history of one record and the rows that belong to it (a governance area with its
/// text, leads and proposals), newest first. Rows deleted since are found through the foreign key their audit entries
/// recorded.
/// </summary>
public static class RecordHistory
{
    public sealed record Query(string Type, int Id) : IQuery<Result>;

    public sealed record Result(string Type, int Id, string Noun, string Title, string OrganisationCode, IReadOnlyList<Event> Events);

    /// <summary>
    /// One change: <see cref="Verb"/> is Created, Changed, Deleted (Added, Removed for links such as senior leads) and
    /// <see cref="Label"/> what changed: the record itself or one of its rows ("Key controls – Corporate risk register, 2016/17").
    /// </summary>
    public sealed record Event(
        long Id, DateTime OccurredAtUtc, string? UserName, AuditAction Action, string Verb, string Label, IReadOnlyList<FieldChange> Changes);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser currentUser) : IQueryHandler<Query, Result>
    {
        /// <summary>Fields that point at other records, shown by the record's name.</summary>
        private static readonly HashSet<string> PersonFields = new(StringComparer.Ordinal) { "SeniorLeadsId", "OwnerId" };

        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var subject = HistorySubjects.Find(query.Type) ?? throw new NotFoundException("There is no history for this kind of record.");
            var record = await subject.Find(db, query.Id, cancellationToken) ?? throw new NotFoundException("There is no such record.");
            // A history can be of any subject above, so the organisation is known only once the record is found: the
            // check is made here rather than by the authorization pipeline (whose targets are organisations and plans).
            AccessMatrix.Demand(currentUser, Permission.ViewHistory, record.OrganisationCode);

            // The history shows only what the user may see of the record and its rows (no other organisation's drafts).
            var key = query.Id.ToString(CultureInfo.InvariantCulture);
            var visibility = await AuditVisibility.ForAsync(db, currentUser, cancellationToken);
            if (!visibility.Shows(subject.EntityType, key))
            {
                throw new ForbiddenException("This record belongs to a framework year that is not published yet.");
            }

            var entries = new List<(AuditEntry Entry, HistoryChild? Child)>();
            entries.AddRange((await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == subject.EntityType && a.EntityKey == key)
                .ToListAsync(cancellationToken)).Select(a => (a, (HistoryChild?)null)));

            foreach (var child in subject.Children)
            {
                entries.AddRange((await ChildEntriesAsync(child, query.Id, cancellationToken))
                    .Where(a => visibility.Shows(a.EntityType, a.EntityKey))
                    .Select(a => (a, (HistoryChild?)child)));
            }

            var people = await PeopleAsync(entries.Select(e => e.Entry), cancellationToken);
            var events = new List<Event>();

            // Labels come from each row's last known values, built up oldest first.
            foreach (var rows in entries.GroupBy(e => (e.Entry.EntityType, e.Entry.EntityKey)))
            {
                var known = new Dictionary<string, string?>(StringComparer.Ordinal);
                var parsed = rows.OrderBy(r => r.Entry.OccurredAtUtc).ThenBy(r => r.Entry.Id)
                    .Select(r => (r.Entry, r.Child, Changes: AuditDisplay.ParseChanges(r.Entry.Changes))).ToList();
                foreach (var (_, _, changes) in parsed)
                {
                    foreach (var change in changes)
                    {
                        known[change.Field] = change.New ?? change.Old ?? (known.TryGetValue(change.Field, out var was) ? was : null);
                    }
                }

                foreach (var (entry, child, changes) in parsed)
                {
                    var label = child is null ? subject.Noun : child.Label(known);
                    var shown = changes
                        .Where(c => child is null || c.Field != child.ForeignKey || entry.Action == AuditAction.Update)
                        .Select(c => Readable(entry.EntityType, c, people))
                        .ToList();
                    var verb = child is { IsAssociation: true }
                        ? entry.Action switch { AuditAction.Insert => "Added", AuditAction.Delete => "Removed", _ => AuditDisplay.Verb(entry.Action) }
                        : AuditDisplay.Verb(entry.Action);
                    events.Add(new Event(entry.Id, entry.OccurredAtUtc, entry.UserName, entry.Action, verb, label, shown));
                }
            }

            return new Result(
                subject.Slug, query.Id, subject.Noun, record.Title, record.OrganisationCode,
                [.. events.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)]);
        }

        /// <summary>
        /// Every audit entry of the child rows that point (or pointed) at the record: the rows named in entries whose
        /// foreign key old or new value is the record's id (this finds deleted rows), plus the rows pointing at it now.
        /// The database narrows by text; the JSON is then read to be sure.
        /// </summary>
        private async Task<List<AuditEntry>> ChildEntriesAsync(HistoryChild child, int id, CancellationToken cancellationToken)
        {
            var value = id.ToString(CultureInfo.InvariantCulture);
            var asOld = $"\"{child.ForeignKey}\":{{\"old\":{value},";
            var asNew = $"\"new\":{value}}}";
            var field = $"\"{child.ForeignKey}\":";
            var candidates = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == child.EntityType && (a.Changes.Contains(asOld) || (a.Changes.Contains(field) && a.Changes.Contains(asNew))))
                .ToListAsync(cancellationToken);
            var keys = candidates
                .Where(a => AuditDisplay.Refers(AuditDisplay.ParseChanges(a.Changes), child.ForeignKey, id))
                .Select(a => a.EntityKey)
                .ToHashSet(StringComparer.Ordinal);
            if (child.CurrentKeys is not null)
            {
                keys.UnionWith((await child.CurrentKeys(db, id, cancellationToken)).Select(k => k.ToString(CultureInfo.InvariantCulture)));
            }

            if (keys.Count == 0)
            {
                return [];
            }

            var entries = new List<AuditEntry>();
            foreach (var chunk in keys.Chunk(500))
            {
                entries.AddRange(await db.AuditEntries.AsNoTracking()
                    .Where(a => a.EntityType == child.EntityType && chunk.Contains(a.EntityKey))
                    .ToListAsync(cancellationToken));
            }

            return entries;
        }

        private async Task<Dictionary<string, string>> PeopleAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
        {
            var ids = entries
                .SelectMany(e => AuditDisplay.ParseChanges(e.Changes))
                .Where(c => PersonFields.Contains(c.Field))
                .SelectMany(c => new[] { c.Old, c.New })
                .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var personId) ? personId : (int?)null)
                .OfType<int>()
                .Distinct()
                .ToList();
            if (ids.Count == 0)
            {
                return new Dictionary<string, string>(StringComparer.Ordinal);
            }

            var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.FullName, p.JobTitle }).ToListAsync(cancellationToken);
            return people.ToDictionary(
                p => p.Id.ToString(CultureInfo.InvariantCulture),
                p => new Person { FullName = p.FullName, JobTitle = p.JobTitle }.DisplayName);
        }

        /// <summary>The field as the forms label it (<see cref="AuditNames"/>), people by name, values in words.</summary>
        private static FieldChange Readable(string entityType, FieldChange change, Dictionary<string, string> people)
        {
            var label = AuditNames.Field(entityType, change.Field);
            return PersonFields.Contains(change.Field)
                ? new FieldChange(label, Person(change.Old), Person(change.New))
                : new FieldChange(label, AuditNames.Value(change.Field, change.Old), AuditNames.Value(change.Field, change.New));

            string? Person(string? id) => id is null ? null : people.TryGetValue(id, out var display) ? display : "person " + id;
        }
    }
}
