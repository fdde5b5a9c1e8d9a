using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// A meeting's agenda (/panel/meetings/{id}/agenda): item numbers, titles, who presents each (organisation and
/// officer) and the paper for it, chosen among the papers published to the meeting. Numbers are unique.
/// </summary>
public static class EditAgenda
{
    /// <summary>Empty rows offered below the items, to add more.</summary>
    public const int SpareRows = 3;

    public sealed record Query(int MeetingId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    /// <summary>Organisations by code; papers by publication id (the current editions).</summary>
    public sealed record View(MeetingHeading Meeting, IReadOnlyList<PanelOption> Organisations, IReadOnlyList<PanelOption> Papers, Form Input);

    public sealed class Row
    {
        public string? Number { get; set; }

        public string? Title { get; set; }

        public string? Organisation { get; set; }

        public string? Officer { get; set; }

        public int? PublicationId { get; set; }
    }

    public sealed class Form
    {
        public List<Row> Rows { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed record Command(int MeetingId, Guid Version, IReadOnlyList<Row> Rows) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Rows).ChildRules(row =>
            {
                row.RuleFor(r => CleanText.SingleLine(r.Number)).MaximumLength(AgendaItem.NumberMaxLength).WithMessage($"An item number must be {AgendaItem.NumberMaxLength} characters or fewer").OverridePropertyName("Number");
                row.RuleFor(r => CleanText.SingleLine(r.Title)).MaximumLength(TextLimits.Title).WithMessage($"A title must be {TextLimits.Title} characters or fewer").OverridePropertyName("Title");
                row.RuleFor(r => CleanText.SingleLine(r.Officer)).MaximumLength(TextLimits.JobTitle).WithMessage($"The presenting officer must be {TextLimits.JobTitle} characters or fewer").OverridePropertyName("Officer");
                row.RuleFor(r => r.Number).NotEmpty().When(r => !string.IsNullOrWhiteSpace(r.Title)).WithMessage("Enter the item's number");
                row.RuleFor(r => r.Title).Must((r, title) => !string.IsNullOrWhiteSpace(title) || (string.IsNullOrWhiteSpace(r.Number) && string.IsNullOrWhiteSpace(r.Organisation) && string.IsNullOrWhiteSpace(r.Officer) && r.PublicationId is null))
                    .WithMessage("Enter the item's title, or clear the row");
            });
            RuleFor(c => c.Rows).Must(rows => Duplicate(rows) is null)
                .WithMessage(c => $"Item {Duplicate(c.Rows)} appears more than once on the agenda: give each item its own number");
        }

        private static string? Duplicate(IReadOnlyList<Row> rows) => rows.Where(r => !string.IsNullOrWhiteSpace(r.Title) && !string.IsNullOrWhiteSpace(r.Number))
            .GroupBy(r => CleanText.SingleLine(r.Number), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelRecords.MeetingAsync(db, query.MeetingId, cancellationToken, tracking: false);
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Id, o.Code, o.ShortName }).ToListAsync(cancellationToken);
            var rows = meeting.OrderedAgenda.Select(i => new Row
            {
                Number = i.Number,
                Title = i.Title,
                Organisation = organisations.FirstOrDefault(o => o.Id == i.PresentingOrganisationId)?.Code,
                Officer = i.PresentingOfficer,
                PublicationId = i.PublicationId,
            }).ToList();
            rows.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new Row()));
            return new View(
                PanelRecords.Heading(meeting),
                [.. organisations.Select(o => new PanelOption(o.Code, o.ShortName))],
                [.. meeting.CurrentPublications.Select(p => new PanelOption(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Edition > 1 ? $"{p.Title} (edition {p.Edition})" : p.Title))],
                new Form { Rows = rows, Version = meeting.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await PanelRecords.MeetingAsync(db, command.MeetingId, cancellationToken);
            db.ExpectVersion(meeting, command.Version, currentValues: () => new Dictionary<string, string?>
            {
                ["Rows"] = string.Join("; ", meeting.OrderedAgenda.Select(i => $"{i.Number} {i.Title}")),
            });
            var organisations = await db.Organisations.Select(o => new { o.Id, o.Code }).ToListAsync(cancellationToken);
            var items = new List<AgendaItemDetails>();
            foreach (var row in command.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Title)))
            {
                int? organisation = null;
                if (!string.IsNullOrWhiteSpace(row.Organisation))
                {
                    organisation = organisations.FirstOrDefault(o => string.Equals(o.Code, row.Organisation.Trim(), StringComparison.OrdinalIgnoreCase))?.Id
                        ?? throw new DomainException($"Item {CleanText.SingleLine(row.Number)}: choose the presenting organisation from the list");
                }

                items.Add(new AgendaItemDetails(CleanText.SingleLine(row.Number), CleanText.SingleLine(row.Title), organisation, CleanText.OptionalLine(row.Officer), row.PublicationId));
            }

            meeting.SetAgenda(items);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
