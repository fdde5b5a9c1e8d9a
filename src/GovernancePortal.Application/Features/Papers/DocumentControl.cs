using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// The document control table (/papers/{id}/document-control): label and value rows in order; an empty label removes a row, and
/// the page offers empty rows to add more. Only before approval: signatures are taken after it.
/// </summary>
public static class EditDocumentControl
{
    /// <summary>Empty rows offered below the table, to add more.</summary>
    public const int SpareRows = 2;

    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, Form Input);

    public sealed class Row
    {
        public string? Label { get; set; }

        public string? Value { get; set; }
    }

    public sealed class Form
    {
        public List<Row> Rows { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed record Command(int PaperId, Guid Version, IReadOnlyList<Row> Rows) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Rows).ChildRules(row =>
            {
                row.RuleFor(r => CleanText.SingleLine(r.Label)).MaximumLength(TextLimits.ShortTitle).WithMessage($"A label must be {TextLimits.ShortTitle} characters or fewer").OverridePropertyName("Label");
                row.RuleFor(r => CleanText.Multiline(r.Value)).MaximumLength(TextLimits.MediumText).WithMessage($"A value must be {TextLimits.MediumText:N0} characters or fewer").OverridePropertyName("Value");
                row.RuleFor(r => r.Value).Must((r, value) => !string.IsNullOrWhiteSpace(r.Label) || string.IsNullOrWhiteSpace(value))
                    .WithMessage("Enter the label of this value, or clear the value").OverridePropertyName("Label");
            });
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var rows = paper.ControlEntries.OrderBy(e => e.SortOrder).Select(e => new Row { Label = e.Label, Value = e.Value }).ToList();
            rows.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new Row()));
            return new View(PaperEdits.Heading(paper), new Form { Rows = rows, Version = paper.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken, p => new Dictionary<string, string?>
            {
                ["Document control"] = string.Join("; ", p.ControlEntries.OrderBy(e => e.SortOrder).Select(e => $"{e.Label}: {e.Value}")),
            });
            paper.SetControlEntries([.. command.Rows.Select(r => (CleanText.SingleLine(r.Label), CleanText.Multiline(r.Value)))]);
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Changed the document control table", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }
    }
}
