using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// A cover report's appendices (/papers/{id}/appendices): which of the organisation's other papers are appended, and in
/// what order (a position per paper; blank for not appended). They print after the cover report as Appendix 1, 2…
/// </summary>
public static class EditAppendices
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, IReadOnlyList<Candidate> Candidates, Form Input);

    public sealed record Candidate(int PaperId, string Title, PaperKind Kind, ReportingYear Year, PaperStatus Status);

    public sealed class Row
    {
        public int PaperId { get; set; }

        /// <summary>1 for Appendix 1…; blank when not appended.</summary>
        public string? Position { get; set; }
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
                row.RuleFor(r => r.Position).Must(p => string.IsNullOrWhiteSpace(p) || (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 50))
                    .WithMessage("Enter a position as a whole number from 1, or leave it blank"));
            RuleFor(c => c.Rows).Must(rows => rows.Where(r => !string.IsNullOrWhiteSpace(r.Position)).GroupBy(r => r.Position!.Trim()).All(g => g.Count() == 1))
                .WithMessage("Give each appended paper a different position");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            var candidates = await CandidatesAsync(paper, cancellationToken);
            var positions = paper.Appendices.ToDictionary(a => a.AppendedPaperId, a => a.SortOrder);
            return new View(PaperEdits.Heading(paper), candidates, new Form
            {
                Rows = [.. candidates.Select(c => new Row { PaperId = c.PaperId, Position = positions.TryGetValue(c.PaperId, out var p) ? p.ToString(CultureInfo.InvariantCulture) : null })],
                Version = paper.Version,
            });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken, p => new Dictionary<string, string?>
            {
                ["Appendices"] = string.Join("; ", p.Appendices.OrderBy(a => a.SortOrder).Select(a => $"{a.Label}: {a.AppendedPaper?.Title}")),
            });
            var chosen = command.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Position))
                .OrderBy(r => int.Parse(r.Position!, NumberStyles.None, CultureInfo.InvariantCulture)).Select(r => r.PaperId).ToList();
            var papers = await db.Papers.Where(p => chosen.Contains(p.Id) && p.OrganisationId == paper.OrganisationId).ToListAsync(cancellationToken);
            if (papers.Count != chosen.Count)
            {
                throw new NotFoundException("One of the papers chosen does not exist.");
            }

            paper.SetAppendices([.. chosen.Select(id => papers.Single(p => p.Id == id))]);
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Changed the appendices", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }

        private async Task<IReadOnlyList<Candidate>> CandidatesAsync(Paper paper, CancellationToken cancellationToken) =>
            (await db.Papers.AsNoTracking()
                .Where(p => p.OrganisationId == paper.OrganisationId && p.Kind != PaperKind.CoverReport)
                .Select(p => new Candidate(p.Id, p.Title, p.Kind, p.Year, p.Status))
                .ToListAsync(cancellationToken))
            .OrderByDescending(c => c.Year).ThenBy(c => c.Kind).ToList();
    }
}
