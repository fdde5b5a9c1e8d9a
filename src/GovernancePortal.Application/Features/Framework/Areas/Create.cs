using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Framework.Areas;

/// <summary>Adds a governance area to an organisation's framework (/framework/{org}/areas/create). Returns the new area's id.</summary>
public static class CreateArea
{
    /// <summary>The choices the form offers (principles and people); the governance team only.</summary>
    public sealed record Query(string Organisation) : IQuery<AreaFormChoices>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Command(
        string Organisation,
        string? Reference,
        string? Title,
        string? Description,
        int? PrincipleId,
        IReadOnlyCollection<int> LeadIds,
        string? CommitmentsLeadIn) : ICommand<int>, IOrganisationScoped, IAreaFields
    {
        public static Command From(string organisation, AreaForm form)
        {
            ArgumentNullException.ThrowIfNull(form);
            return new(organisation, form.Reference, form.Title, form.Description, form.PrincipleId, form.LeadIds, form.CommitmentsLeadIn);
        }

        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => AreaFields.AddRules(this);
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, AreaFormChoices>, ICommandHandler<Command, int>
    {
        public async ValueTask<AreaFormChoices> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            return await AreaFields.ChoicesAsync(db, organisation, cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var reference = CleanText.SingleLine(command.Reference);
            var area = new GovernanceArea
            {
                OrganisationId = organisation.Id,
                Reference = reference,
                SortOrder = GovernanceArea.SortOrderFor(reference),
                Title = string.Empty,
                Description = string.Empty,
            };
            await AreaFields.ApplyAsync(db, organisation, area, command, cancellationToken);
            db.GovernanceAreas.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            return area.Id;
        }
    }
}
