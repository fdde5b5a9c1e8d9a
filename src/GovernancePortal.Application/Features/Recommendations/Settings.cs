using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>
/// An organisation's strategic themes and source bodies (/recommendations/{org}/settings): add, rename, archive or
/// restore, and move up or down. Archived entries stay on the records that have them but are not offered for new
/// ones. The first visit seeds the default source bodies (<see cref="RecommendationLists.EnsureSourcesAsync"/>).
/// </summary>
public static class EditRecommendationSettings
{
    public enum ListKind
    {
        Theme,
        Source,
    }

    public enum Operation
    {
        Add,
        Rename,
        Archive,
        Restore,
        MoveUp,
        MoveDown,
    }

    public sealed record Query(string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Entry(int Id, string Name, bool IsArchived, int InUse, Guid Version);

    public sealed record View(string OrganisationSlug, string OrganisationName, IReadOnlyList<Entry> Themes, IReadOnlyList<Entry> Sources);

    public sealed class Form
    {
        public ListKind? Kind { get; set; }

        public int? ItemId { get; set; }

        public string? Name { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(string Organisation, Operation Operation, ListKind? Kind, int? ItemId, string? Name, Guid Version) : ICommand<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().WithMessage("Choose the list");
            RuleFor(c => c.ItemId).NotNull().When(c => c.Operation != Operation.Add).WithMessage("Choose the entry");
            this.RuleForCleaned(c => c.Name, CleanText.SingleLine)
                .NotEmpty().When(c => c.Operation is Operation.Add or Operation.Rename).WithMessage("Enter the name")
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"The name must be {TextLimits.ShortTitle} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command, string>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            await RecommendationLists.EnsureSourcesAsync(db, organisation.Id, cancellationToken);
            var themes = await db.RecommendationThemes.AsNoTracking().Where(t => t.OrganisationId == organisation.Id).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .Select(t => new Entry(t.Id, t.Name, t.IsArchived, db.Recommendations.Count(r => r.ThemeId == t.Id), t.Version)).ToListAsync(cancellationToken);
            var sources = await db.RecommendationSources.AsNoTracking().Where(t => t.OrganisationId == organisation.Id).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .Select(t => new Entry(t.Id, t.Name, t.IsArchived, db.SourceReports.Count(r => r.SourceId == t.Id), t.Version)).ToListAsync(cancellationToken);
            return new View(organisation.Code.ToLowerInvariant(), organisation.ShortName, themes, sources);
        }

        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var name = CleanText.SingleLine(command.Name);
            var list = command.Kind == ListKind.Theme
                ? (await db.RecommendationThemes.Where(t => t.OrganisationId == organisation.Id).ToListAsync(cancellationToken)).Select(t => (IListEntry)new ThemeEntry(t)).ToList()
                : (await db.RecommendationSources.Where(t => t.OrganisationId == organisation.Id).ToListAsync(cancellationToken)).Select(t => (IListEntry)new SourceEntry(t)).ToList();
            list = [.. list.OrderBy(e => e.SortOrder).ThenBy(e => e.Id)];
            var what = command.Kind == ListKind.Theme ? "theme" : "source body";
            if (command.Operation == Operation.Add)
            {
                Unique(list, name, null, what);
                var order = list.Count == 0 ? 1 : list.Max(e => e.SortOrder) + 1;
                if (command.Kind == ListKind.Theme)
                {
                    db.RecommendationThemes.Add(new RecommendationTheme { OrganisationId = organisation.Id, Name = name, SortOrder = order });
                }
                else
                {
                    db.RecommendationSources.Add(new RecommendationSource { OrganisationId = organisation.Id, Name = name, SortOrder = order });
                }

                await db.SaveChangesAsync(cancellationToken);
                return $"“{name}” has been added";
            }

            var entry = list.SingleOrDefault(e => e.Id == command.ItemId) ?? throw new NotFoundException($"There is no such {what}.");
            db.ExpectVersion(entry.Record, command.Version);
            string done;
            switch (command.Operation)
            {
                case Operation.Rename:
                    Unique(list, name, entry.Id, what);
                    done = $"“{entry.Name}” is now “{name}”";
                    entry.Name = name;
                    break;
                case Operation.Archive:
                    entry.IsArchived = true;
                    done = $"“{entry.Name}” has been archived: it is no longer offered for new records";
                    break;
                case Operation.Restore:
                    entry.IsArchived = false;
                    done = $"“{entry.Name}” has been restored";
                    break;
                default:
                    var index = list.IndexOf(entry);
                    var other = command.Operation == Operation.MoveUp ? index - 1 : index + 1;
                    if (other < 0 || other >= list.Count)
                    {
                        throw new DomainException($"“{entry.Name}” is already {(command.Operation == Operation.MoveUp ? "first" : "last")}");
                    }

                    list[index] = list[other];
                    list[other] = entry;
                    for (var i = 0; i < list.Count; i++)
                    {
                        list[i].SortOrder = i + 1;
                    }

                    done = $"“{entry.Name}” has been moved {(command.Operation == Operation.MoveUp ? "up" : "down")}";
                    break;
            }

            await db.SaveChangesAsync(cancellationToken);
            return done;
        }

        private static void Unique(IEnumerable<IListEntry> list, string name, int? except, string what)
        {
            if (list.Any(e => e.Id != except && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw Validation.Fail(nameof(Form.Name), $"There is already a {what} called “{name}”");
            }
        }
    }

    /// <summary>A theme or a source body, for the operations the two lists share.</summary>
    private interface IListEntry
    {
        int Id { get; }

        string Name { get; set; }

        int SortOrder { get; set; }

        bool IsArchived { get; set; }

        IVersioned Record { get; }
    }

    private sealed class ThemeEntry(RecommendationTheme theme) : IListEntry
    {
        public int Id => theme.Id;

        public string Name { get => theme.Name; set => theme.Name = value; }

        public int SortOrder { get => theme.SortOrder; set => theme.SortOrder = value; }

        public bool IsArchived { get => theme.IsArchived; set => theme.IsArchived = value; }

        public IVersioned Record => theme;
    }

    private sealed class SourceEntry(RecommendationSource source) : IListEntry
    {
        public int Id => source.Id;

        public string Name { get => source.Name; set => source.Name = value; }

        public int SortOrder { get => source.SortOrder; set => source.SortOrder = value; }

        public bool IsArchived { get => source.IsArchived; set => source.IsArchived = value; }

        public IVersioned Record => source;
    }
}
