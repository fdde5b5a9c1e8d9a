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
/// Who signs the paper (/papers/{id}/signatories): names and roles in order, as rows; an empty name removes a row, and
/// the page offers empty rows to add more. Only before approval: signatures are taken after it.
/// </summary>
public static class EditSignatories
{
    /// <summary>Empty rows offered below the signatories, to add more.</summary>
    public const int SpareRows = 2;

    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, Form Input);

    public sealed class Row
    {
        public string? Name { get; set; }

        public string? Role { get; set; }
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
                row.RuleFor(r => CleanText.SingleLine(r.Name)).MaximumLength(TextLimits.Name).WithMessage($"A name must be {TextLimits.Name} characters or fewer").OverridePropertyName("Name");
                row.RuleFor(r => CleanText.SingleLine(r.Role)).MaximumLength(TextLimits.JobTitle).WithMessage($"A role must be {TextLimits.JobTitle} characters or fewer").OverridePropertyName("Role");
                row.RuleFor(r => r.Role).Must((r, role) => !string.IsNullOrWhiteSpace(r.Name) || string.IsNullOrWhiteSpace(role))
                    .WithMessage("Enter the name of the person with this role, or clear the role").OverridePropertyName("Name");
            });
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var rows = paper.OrderedSignatories.Select(s => new Row { Name = s.Name, Role = s.Role }).ToList();
            rows.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new Row()));
            return new View(PaperEdits.Heading(paper), new Form { Rows = rows, Version = paper.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken, p => new Dictionary<string, string?>
            {
                ["Signatories"] = string.Join("; ", p.OrderedSignatories.Select(s => $"{s.Name} ({s.Role})")),
            });
            paper.SetSignatories([.. command.Rows.Select(r => (CleanText.SingleLine(r.Name), CleanText.SingleLine(r.Role)))]);
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Changed the signatories", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }
    }
}
