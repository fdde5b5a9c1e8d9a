using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Principles;

/// <summary>A principle for its edit page (needs EditFramework for the organisation).</summary>
public sealed record GetPrincipleQuery(string Organisation, int PrincipleId) : IQuery<PrincipleDetails>;

public sealed record PrincipleDetails(int Id, string OrganisationCode, string OrganisationName, string Code, string Title, int SortOrder, IReadOnlyList<string> SubPrinciples, Guid Version);

public sealed class GetPrincipleHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetPrincipleQuery, PrincipleDetails>
{
    public async ValueTask<PrincipleDetails> Handle(GetPrincipleQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.EditFramework, cancellationToken);
        var principle = await db.Principles.AsNoTracking().Include(p => p.SubPrinciples)
            .SingleOrDefaultAsync(p => p.Id == query.PrincipleId && p.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such principle in this organisation.");
        return new PrincipleDetails(
            principle.Id,
            organisation.Code,
            organisation.ShortName,
            principle.Code,
            principle.Title,
            principle.SortOrder,
            UpdatePrincipleHandler.Titles(principle),
            principle.Version);
    }
}

/// <summary>
/// Changes a principle's title, position and sub-principles (the textarea's lines: see <see cref="SubPrincipleLines"/>).
/// Fails with a conflict when the principle was changed after <see cref="Version"/> was read.
/// </summary>
public sealed record UpdatePrincipleCommand(string Organisation, int PrincipleId, string? Title, string? SortOrder, string? SubPrinciples, Guid Version) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class UpdatePrincipleCommandValidator : UseCaseValidator<UpdatePrincipleCommand>
{
    public const int MaxSubPrinciples = 30;
    public const int MaxPosition = 99;

    public UpdatePrincipleCommandValidator()
    {
        this.RuleForCleaned(x => x.Title, CleanText.SingleLine)
            .NotEmpty().WithMessage("Enter the principle's title")
            .MaximumLength(TextLimits.Title).WithMessage($"Title must be {TextLimits.Title} characters or fewer");
        RuleFor(x => x.SortOrder)
            .NotEmpty().WithMessage("Enter the principle's position")
            .Must(p => UpdatePrincipleHandler.ParsePosition(p) is not null).WithMessage($"Position must be a whole number from 1 to {MaxPosition}");
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

public sealed class UpdatePrincipleHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<UpdatePrincipleCommand>
{
    public async ValueTask<Unit> Handle(UpdatePrincipleCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var principle = await db.Principles.Include(p => p.SubPrinciples)
            .SingleOrDefaultAsync(p => p.Id == command.PrincipleId && p.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such principle in this organisation.");
        if (principle.Version != command.Version)
        {
            throw Conflict(principle);
        }

        db.Entry(principle).Property(p => p.Version).OriginalValue = command.Version;
        principle.Title = CleanText.SingleLine(command.Title);
        principle.SortOrder = ParsePosition(command.SortOrder)!.Value;

        var plan = SubPrincipleLines.Plan(
            [.. principle.SubPrinciples.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => (s.Id, s.Title))],
            SubPrincipleLines.Split(command.SubPrinciples));
        principle.SubPrinciples.RemoveAll(s => plan.Removed.Contains(s.Id));
        foreach (var line in plan.Lines)
        {
            if (line.Id is { } id)
            {
                var row = principle.SubPrinciples.Single(s => s.Id == id);
                row.Title = line.Title;
                row.SortOrder = line.SortOrder;
            }
            else
            {
                principle.SubPrinciples.Add(new SubPrinciple { Title = line.Title, SortOrder = line.SortOrder });
            }
        }

        // The principle's own version changes with every save, so editing only its sub-principles is still guarded.
        db.Entry(principle).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw Conflict(await db.Principles.AsNoTracking().Include(p => p.SubPrinciples).SingleAsync(p => p.Id == principle.Id, cancellationToken));
        }

        return Unit.Value;
    }

    public static int? ParsePosition(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position is >= 1 and <= UpdatePrincipleCommandValidator.MaxPosition
            ? position
            : null;

    internal static IReadOnlyList<string> Titles(Principle principle) =>
        [.. principle.SubPrinciples.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => s.Title)];

    private ConcurrencyConflictException Conflict(Principle stored)
    {
        var values = new Dictionary<string, string?>
        {
            ["Title"] = stored.Title,
            ["Position"] = stored.SortOrder.ToString(CultureInfo.InvariantCulture),
            ["Sub-principles"] = string.Join("; ", Titles(stored)),
        };
        db.ChangeTracker.Clear();
        return new ConcurrencyConflictException(
            "Someone else changed this principle after you opened the page. Their version is shown below; your changes have not been saved.",
            values);
    }
}
