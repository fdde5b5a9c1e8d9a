using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel;

/// <summary>
/// Sets up or changes the panel (/panel/edit): its name, terms of reference, members (chair and independent members,
/// with their terms) as rows, and the organisations it serves. The first save creates the one panel.
/// </summary>
public static class ManagePanel
{
    /// <summary>Empty rows offered below the members, to add more.</summary>
    public const int SpareRows = 2;

    public sealed record Query : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(bool Exists, IReadOnlyList<PanelOption> Organisations, Form Input);

    public sealed class Row
    {
        public string? Name { get; set; }

        public PanelRole? Role { get; set; }

        public DateParts AppointedOn { get; set; } = new();

        public DateParts TermEndsOn { get; set; } = new();
    }

    public sealed class Form
    {
        public string? Name { get; set; }

        public string? TermsOfReference { get; set; }

        public List<Row> Members { get; set; } = [];

        public List<string> Organisations { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed record Command(string? Name, string? TermsOfReference, IReadOnlyList<Row> Members, IReadOnlyList<string> Organisations, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        private const string DateExample = "as a real date, for example 1 4 2016";

        public Validator()
        {
            this.RuleForCleaned(c => c.Name, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the panel's name")
                .MaximumLength(AuditPanel.NameMaxLength).WithMessage($"The name must be {AuditPanel.NameMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.TermsOfReference, CleanText.Multiline)
                .MaximumLength(TextLimits.LongText).WithMessage($"The terms of reference must be {TextLimits.LongText} characters or fewer");
            RuleFor(c => c.Organisations).NotEmpty().WithMessage("Choose the organisations the panel serves");
            RuleForEach(c => c.Members).ChildRules(row =>
            {
                row.RuleFor(r => CleanText.SingleLine(r.Name)).MaximumLength(TextLimits.Name).WithMessage($"A name must be {TextLimits.Name} characters or fewer").OverridePropertyName("Name");
                row.RuleFor(r => r.Role).NotNull().When(r => !string.IsNullOrWhiteSpace(r.Name)).WithMessage("Choose the member's role");
                row.RuleFor(r => r.AppointedOn).Must(d => d.IsEmpty || d.Date is not null).WithMessage($"Enter the date appointed {DateExample}");
                row.RuleFor(r => r.TermEndsOn).Must(d => d.IsEmpty || d.Date is not null).WithMessage($"Enter the date the term ends {DateExample}");
                row.RuleFor(r => r.Name).Must((r, name) => !string.IsNullOrWhiteSpace(name) || (r.AppointedOn.IsEmpty && r.TermEndsOn.IsEmpty))
                    .WithMessage("Enter the member's name, or clear the dates to remove the member");
            });
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.ShortName)
                .Select(o => new PanelOption(o.Code, o.ShortName)).ToListAsync(cancellationToken);
            var panel = await PanelRecords.PanelAsync(db, cancellationToken);
            var form = new Form
            {
                Name = panel?.Name ?? "MPS-MOPAC Joint Audit Panel",
                TermsOfReference = panel?.TermsOfReference,
                Members = [.. (panel?.OrderedMembers ?? []).Select(m => new Row
                {
                    Name = m.Name,
                    Role = m.Role,
                    AppointedOn = DateParts.From(m.AppointedOn),
                    TermEndsOn = DateParts.From(m.TermEndsOn),
                })],
                Organisations = panel is null ? [.. organisations.Select(o => o.Value)] : [.. panel.Organisations.Select(o => o.Organisation!.Code)],
                Version = panel?.Version ?? Guid.Empty,
            };
            form.Members.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new Row()));
            return new View(panel is not null, organisations, form);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var codes = command.Organisations.Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
            var chosen = await db.Organisations.Where(o => codes.Contains(o.Code)).ToListAsync(cancellationToken);
            if (chosen.Count != codes.Count)
            {
                throw Validation.Fail(nameof(Command.Organisations), "Choose the organisations the panel serves from the list");
            }

            var panel = await PanelRecords.PanelAsync(db, cancellationToken);
            if (panel is null)
            {
                if (command.Version != Guid.Empty)
                {
                    throw new NotFoundException("The panel is not set up.");
                }

                panel = new AuditPanel { Name = string.Empty };
                db.AuditPanels.Add(panel);
            }
            else
            {
                var current = panel;
                db.ExpectVersion(panel, command.Version, currentValues: () => new Dictionary<string, string?>
                {
                    ["Name"] = current.Name,
                    ["Members"] = string.Join("; ", current.OrderedMembers.Select(m => m.Name)),
                    ["Organisations"] = string.Join(", ", current.Organisations.Select(o => o.Organisation?.ShortName)),
                });
            }

            panel.Describe(CleanText.SingleLine(command.Name), CleanText.Multiline(command.TermsOfReference));
            // A member keeps the sign-in account linked to them (matched by name): the form does not show it.
            var accounts = panel.Members.Where(m => m.UserId is not null).GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().UserId, StringComparer.OrdinalIgnoreCase);
            PanelMemberDetails Member(Row row)
            {
                var name = CleanText.SingleLine(row.Name);
                return new PanelMemberDetails(name, row.Role ?? PanelRole.IndependentMember, row.AppointedOn.Date, row.TermEndsOn.Date, accounts.GetValueOrDefault(name));
            }

            panel.SetMembers([.. command.Members.Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(Member)]);
            panel.Organisations.RemoveAll(o => chosen.All(c => c.Id != o.OrganisationId));
            foreach (var organisation in chosen.Where(c => !panel.Serves(c.Id)))
            {
                panel.Organisations.Add(new PanelOrganisation { OrganisationId = organisation.Id, Organisation = organisation });
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
