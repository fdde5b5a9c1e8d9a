using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Principles;

/// <summary>
/// Changes a principle's title, position and sub-principles (/framework/{org}/principles/{id}/edit; the textarea's
/// lines: see <see cref="SubPrincipleLines"/>). A conflict when the principle changed after the form's version was read.
/// </summary>
public static class EditPrinciple
{
    public const int MaxSubPrinciples = 30;
    public const int MaxPosition = 99;

    /// <summary>The principle and the form filled from it; the governance team only.</summary>
    public sealed record Query(string Organisation, int PrincipleId) : IQuery<Page>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Page(int Id, string OrganisationCode, string OrganisationName, string Code, string Title, int SortOrder, IReadOnlyList<string> SubPrinciples, Guid Version, Form Form);

    public sealed class Form
    {
        public string? Title { get; set; }

        public string? SortOrder { get; set; }

        public string? SubPrinciples { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(string Organisation, int PrincipleId, string? Title, string? SortOrder, string? SubPrinciples, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(x => x.Title, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the principle's title")
                .MaximumLength(TextLimits.Title).WithMessage($"Title must be {TextLimits.Title} characters or fewer");
            RuleFor(x => x.SortOrder)
                .NotEmpty().WithMessage("Enter the principle's position")
                .Must(p => ParsePosition(p) is not null).WithMessage($"Position must be a whole number from 1 to {MaxPosition}");
            this.RuleForCleaned(x => x.SubPrinciples, SubPrincipleLines.Split)
                .Must(lines => lines.Count <= MaxSubPrinciples).WithMessage($"Enter {MaxSubPrinciples} sub-principles or fewer")
                .Must(lines => lines.All(l => l.Length <= TextLimits.Title)).WithMessage(x =>
                {
                    var lines = SubPrincipleLines.Split(x.SubPrinciples);
                    var line = lines.Select((l, i) => (l, i)).First(p => p.l.Length > TextLimits.Title).i + 1;
                    return $"Sub-principle {line} must be {TextLimits.Title} characters or fewer";
                });
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, Page>, ICommandHandler<Command>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var principle = await db.Principles.AsNoTracking().Include(p => p.SubPrinciples)
                .SingleOrDefaultAsync(p => p.Id == query.PrincipleId && p.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such principle in this organisation.");
            var titles = principle.SubPrincipleTitles();
            return new Page(
                principle.Id,
                organisation.Code,
                organisation.ShortName,
                principle.Code,
                principle.Title,
                principle.SortOrder,
                titles,
                principle.Version,
                new Form
                {
                    Title = principle.Title,
                    SortOrder = principle.SortOrder.ToString(CultureInfo.InvariantCulture),
                    SubPrinciples = string.Join('\n', titles),
                    Version = principle.Version,
                });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var principle = await db.Principles.Include(p => p.SubPrinciples)
                .SingleOrDefaultAsync(p => p.Id == command.PrincipleId && p.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no such principle in this organisation.");

            // The principle's own version changes with every save, so editing only its sub-principles is still guarded.
            db.ExpectVersion(
                principle,
                command.Version,
                "Someone else changed this principle after you opened the page. Their version is shown below; your changes have not been saved.",
                () => new Dictionary<string, string?>
                {
                    ["Title"] = principle.Title,
                    ["Position"] = principle.SortOrder.ToString(CultureInfo.InvariantCulture),
                    ["Sub-principles"] = string.Join("; ", principle.SubPrincipleTitles()),
                });
            principle.Revise(CleanText.SingleLine(command.Title), ParsePosition(command.SortOrder)!.Value, SubPrincipleLines.Split(command.SubPrinciples));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }

    public static int? ParsePosition(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position is >= 1 and <= MaxPosition
            ? position
            : null;
}
