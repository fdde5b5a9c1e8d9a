using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>What the area form offers: the organisation's principles and the people who can lead an area.</summary>
public sealed record GetAreaFormChoicesQuery(string Organisation) : IQuery<AreaFormChoices>;

public sealed record AreaFormChoices(string Slug, string OrganisationShortName, IReadOnlyList<(int Id, string Text)> Principles, IReadOnlyList<(int Id, string Text)> People);

public sealed class GetAreaFormChoicesHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetAreaFormChoicesQuery, AreaFormChoices>
{
    public async ValueTask<AreaFormChoices> Handle(GetAreaFormChoicesQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.EditFramework, cancellationToken);
        var principles = await db.Principles.AsNoTracking().Where(p => p.OrganisationId == organisation.Id).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Id, p.Code, p.Title }).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisation.Id && !p.IsArchived).ToListAsync(cancellationToken);
        return new AreaFormChoices(
            FrameworkScope.Slug(organisation),
            organisation.ShortName,
            [.. principles.Select(p => (p.Id, $"{p.Code}: {p.Title}"))],
            [.. people.OrderBy(p => p.JobTitle, StringComparer.OrdinalIgnoreCase).Select(p => (p.Id, p.DisplayName))]);
    }
}

/// <summary>
/// Creates a governance area (no <see cref="AreaId"/>) or changes one. Areas are never deleted: archive them instead.
/// </summary>
public sealed record SaveAreaCommand(
    string Organisation,
    int? AreaId,
    string? Reference,
    string? Title,
    string? Description,
    int? PrincipleId,
    IReadOnlyCollection<int> LeadIds,
    string? CommitmentsLeadIn,
    Guid? Version) : ICommand<int>, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class SaveAreaValidator : UseCaseValidator<SaveAreaCommand>
{
    public SaveAreaValidator()
    {
        RuleFor(x => CleanText.SingleLine(x.Reference)).NotEmpty().WithMessage("Enter the area's number, like 15 or 4.8")
            .MaximumLength(GovernanceArea.ReferenceMaxLength).WithMessage($"Number must be {GovernanceArea.ReferenceMaxLength} characters or fewer")
            .Matches(@"^[0-9A-Za-z][0-9A-Za-z.\-]*$").WithMessage("Number must contain only letters, digits, full stops and hyphens, like 4.8")
            .OverridePropertyName(nameof(SaveAreaCommand.Reference));
        RuleFor(x => CleanText.SingleLine(x.Title)).NotEmpty().WithMessage("Enter the area's title")
            .MaximumLength(TextLimits.Title).WithMessage($"Title must be {TextLimits.Title} characters or fewer")
            .OverridePropertyName(nameof(SaveAreaCommand.Title));
        RuleFor(x => CleanText.Multiline(x.Description)).NotEmpty().WithMessage("Enter what the area covers")
            .MaximumLength(TextLimits.MediumText).WithMessage($"Description must be {TextLimits.MediumText} characters or fewer")
            .OverridePropertyName(nameof(SaveAreaCommand.Description));
        RuleFor(x => x.PrincipleId).NotNull().WithMessage("Select the principle the area sits under");
        RuleFor(x => CleanText.SingleLine(x.CommitmentsLeadIn)).MaximumLength(TextLimits.Title)
            .WithMessage($"Lead-in must be {TextLimits.Title} characters or fewer").OverridePropertyName(nameof(SaveAreaCommand.CommitmentsLeadIn));
        RuleFor(x => x.Version).NotNull().When(x => x.AreaId is not null).WithMessage("The form is out of date: open the area again");
    }
}

public sealed class SaveAreaHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<SaveAreaCommand, int>
{
    public async ValueTask<int> Handle(SaveAreaCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        GovernanceArea area;
        if (command.AreaId is { } id)
        {
            area = await db.GovernanceAreas.Include(a => a.SeniorLeads).Include(a => a.Principle)
                .SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no governance area with this number.");
            if (area.Version != command.Version)
            {
                throw Conflict(area);
            }
        }
        else
        {
            area = new GovernanceArea { OrganisationId = organisation.Id, Reference = string.Empty, Title = string.Empty, Description = string.Empty };
            db.GovernanceAreas.Add(area);
        }

        var reference = CleanText.SingleLine(command.Reference);
        if (await db.GovernanceAreas.AnyAsync(a => a.OrganisationId == organisation.Id && a.Reference == reference && a.Id != area.Id, cancellationToken))
        {
            throw Validation.Fail(nameof(SaveAreaCommand.Reference), $"{organisation.ShortName} already has an area numbered {reference}");
        }

        var principle = await db.Principles.SingleOrDefaultAsync(p => p.Id == command.PrincipleId && p.OrganisationId == organisation.Id, cancellationToken)
            ?? throw Validation.Fail(nameof(SaveAreaCommand.PrincipleId), "Select the principle the area sits under");
        var leadIds = command.LeadIds ?? [];
        var leads = await db.People.Where(p => p.OrganisationId == organisation.Id && leadIds.Contains(p.Id)).ToListAsync(cancellationToken);
        if (leads.Count != leadIds.Distinct().Count())
        {
            throw Validation.Fail(nameof(SaveAreaCommand.LeadIds), "Select leads from the list");
        }

        if (area.Reference != reference)
        {
            area.Reference = reference;
            area.SortOrder = GovernanceArea.SortOrderFor(reference);
        }

        area.Title = CleanText.SingleLine(command.Title);
        area.Description = CleanText.Multiline(command.Description);
        area.Principle = principle;
        area.CommitmentsLeadIn = CleanText.OptionalLine(command.CommitmentsLeadIn);
        area.SeniorLeads.RemoveAll(l => !leadIds.Contains(l.Id));
        area.SeniorLeads.AddRange(leads.Where(l => area.SeniorLeads.All(existing => existing.Id != l.Id)));

        // The version the form was read at must still be the stored one when the update runs.
        if (command.AreaId is not null)
        {
            db.Entry(area).Property(a => a.Version).OriginalValue = command.Version!.Value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.GovernanceAreas.AsNoTracking().Include(a => a.SeniorLeads).Include(a => a.Principle).SingleAsync(a => a.Id == area.Id, cancellationToken);
            throw Conflict(current);
        }

        return area.Id;
    }

    private ConcurrencyConflictException Conflict(GovernanceArea area)
    {
        db.ChangeTracker.Clear();
        return new ConcurrencyConflictException(
            "Someone else changed this area after you opened it. Their version is shown below; your changes have not been saved.",
            new Dictionary<string, string?>
            {
                ["Number"] = area.Reference,
                ["Title"] = area.Title,
                ["Description"] = area.Description,
                ["Principle"] = area.Principle?.Code,
                ["Senior leads"] = string.Join(", ", area.SeniorLeads.Select(l => l.DisplayName).Order(StringComparer.Ordinal)),
                ["Commitments lead-in"] = area.CommitmentsLeadIn,
            });
    }
}

/// <summary>Archives an area (kept for past years, not carried into new ones) or brings it back.</summary>
public sealed record SetAreaArchivedCommand(string Organisation, int AreaId, bool Archived, Guid Version) : ICommand, IOrganisationScoped
{
    public Permission Permission => Permission.EditFramework;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class SetAreaArchivedHandler(GovernancePortalDbContext db, ICurrentUser user) : ICommandHandler<SetAreaArchivedCommand>
{
    public async ValueTask<Unit> Handle(SetAreaArchivedCommand command, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.EditFramework, cancellationToken);
        var area = await db.GovernanceAreas.SingleOrDefaultAsync(a => a.Id == command.AreaId && a.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no governance area with this number.");
        area.IsArchived = command.Archived;
        db.Entry(area).Property(a => a.Version).OriginalValue = command.Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Someone else changed this area after you opened it. Check it, then try again.", new Dictionary<string, string?>());
        }

        return Unit.Value;
    }
}
