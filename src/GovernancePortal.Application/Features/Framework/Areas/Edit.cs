using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Areas;

/// <summary>
/// Changes a governance area's details, or archives it or brings it back (/framework/{org}/areas/{id}/edit). Areas
/// are never deleted: archived ones stay in the years they have text for.
/// </summary>
public static class EditArea
{
    /// <summary>The area, the form's choices and the form filled from the area; the governance team only.</summary>
    public sealed record Query(string Organisation, int AreaId) : IQuery<Page>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Page(AreaView Area, AreaFormChoices Choices, AreaForm Form);

    /// <summary>Saves the details; a conflict when the area changed after <see cref="Version"/> was read.</summary>
    public sealed record Command(
        string Organisation,
        int AreaId,
        string? Reference,
        string? Title,
        string? Description,
        int? PrincipleId,
        IReadOnlyCollection<int> LeadIds,
        string? CommitmentsLeadIn,
        Guid? Version) : ICommand, IOrganisationScoped, IAreaFields
    {
        public static Command From(string organisation, int areaId, AreaForm form)
        {
            ArgumentNullException.ThrowIfNull(form);
            return new(organisation, areaId, form.Reference, form.Title, form.Description, form.PrincipleId, form.LeadIds, form.CommitmentsLeadIn, form.Version);
        }

        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>Archives the area (<see cref="Archive"/> true) or brings it back.</summary>
    public sealed record ArchiveCommand(string Organisation, int AreaId, bool Archive, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            AreaFields.AddRules(this);
            RuleFor(x => x.Version).NotNull().WithMessage("The form is out of date: open the area again");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user)
        : IQueryHandler<Query, Page>, ICommandHandler<Command>, ICommandHandler<ArchiveCommand>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var choices = await AreaFields.ChoicesAsync(db, organisation, cancellationToken);
            var area = await AreaView.LoadAsync(db, user, organisation, query.AreaId, null, cancellationToken);
            var principleId = await db.Principles.Where(p => p.OrganisationId == organisation.Id && p.Code == area.PrincipleCode)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            return new Page(area, choices, new AreaForm
            {
                Reference = area.Reference,
                Title = area.Title,
                Description = area.Description,
                PrincipleId = principleId,
                LeadIds = [.. area.Leads.Select(l => l.Id)],
                CommitmentsLeadIn = area.CommitmentsLeadIn,
                Version = area.Version,
            });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var area = await db.GovernanceAreas.Include(a => a.SeniorLeads).Include(a => a.Principle)
                .SingleOrDefaultAsync(a => a.Id == command.AreaId && a.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no governance area with this number.");
            db.ExpectVersion(
                area,
                command.Version!.Value,
                "Someone else changed this area after you opened it. Their version is shown below; your changes have not been saved.",
                () => new Dictionary<string, string?>
                {
                    ["Number"] = area.Reference,
                    ["Title"] = area.Title,
                    ["Description"] = area.Description,
                    ["Principle"] = area.Principle?.Code,
                    ["Senior leads"] = string.Join(", ", area.SeniorLeads.Select(l => l.DisplayName).Order(StringComparer.Ordinal)),
                    ["Commitments lead-in"] = area.CommitmentsLeadIn,
                });
            await AreaFields.ApplyAsync(db, organisation, area, command, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(ArchiveCommand command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var area = await db.GovernanceAreas.SingleOrDefaultAsync(a => a.Id == command.AreaId && a.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no governance area with this number.");
            db.ExpectVersion(area, command.Version, "Someone else changed this area after you opened it. Check it, then try again.");
            if (command.Archive)
            {
                area.Archive();
            }
            else
            {
                area.Restore();
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
