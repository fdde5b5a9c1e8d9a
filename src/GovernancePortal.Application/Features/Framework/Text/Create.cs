using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Text;

/// <summary>
/// Adds a block of text to an area for a draft year (/framework/{org}/areas/{areaId}/text/add). Published years are
/// read-only. The text is structured text, cleaned before it is stored.
/// </summary>
public static class AddText
{
    /// <summary>The area in that year, for the governance team while the year is a draft (403 otherwise).</summary>
    public sealed record Query(string Organisation, int AreaId, string? Year) : IQuery<AreaView>, IOrganisationScoped
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Form
    {
        public string? SubTopic { get; set; }

        public string? Text { get; set; }
    }

    public sealed record Command(string Organisation, int AreaId, string? Year, StatementKind Kind, string? SubTopic, string? Text)
        : ICommand<Added>, IOrganisationScoped, ITextFields
    {
        public Permission Permission => Permission.EditFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>The block added, and its year's slug ("2017-18") for the page to show next.</summary>
    public sealed record Added(int Id, string YearSlug);

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            TextFields.AddRules(this);
            RuleFor(x => x.Kind).IsInEnum().WithMessage("Select the kind of text");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, AreaView>, ICommandHandler<Command, Added>
    {
        public async ValueTask<AreaView> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var area = await AreaView.LoadAsync(db, user, organisation, query.AreaId, query.Year, cancellationToken);
            return area.CanEditText ? area : throw new ForbiddenException("This year's text cannot be changed.");
        }

        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var area = await db.GovernanceAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == command.AreaId && a.OrganisationId == organisation.Id, cancellationToken)
                ?? throw new NotFoundException("There is no governance area with this number.");
            var year = FrameworkScope.ParseYear(command.Year) ?? throw new NotFoundException("That is not a reporting year.");
            await FrameworkScope.DraftYearAsync(db, organisation.Id, year, cancellationToken);
            var last = await db.AreaStatements.Where(s => s.GovernanceAreaId == area.Id && s.Year == year)
                .Select(s => (int?)s.SortOrder).MaxAsync(cancellationToken) ?? 0;
            var statement = new AreaStatement
            {
                GovernanceAreaId = area.Id,
                Year = year,
                Kind = command.Kind,
                SubTopic = CleanText.OptionalLine(command.SubTopic),
                Text = CleanText.Multiline(command.Text),
                SortOrder = last + 1,
            };
            db.AreaStatements.Add(statement);
            await db.SaveChangesAsync(cancellationToken);
            return new Added(statement.Id, FrameworkScope.YearSlug(year));
        }
    }
}
