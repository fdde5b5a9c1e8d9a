using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Actions;

/// <summary>
/// The matters arising (/panel/actions): what the Panel asked for at its meetings, open ones first, with the owner,
/// due meeting and the response so far. Filtered to open, closed or all.
/// </summary>
public static class ListPanelActions
{
    public enum Filter
    {
        Open,
        Closed,
        All,
    }

    public sealed record Query(Filter Show) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(Filter Show, IReadOnlyList<Row> Actions, bool CanManage);

    /// <summary><see cref="CanManage"/>: the user may edit and respond to this one (their organisation's).</summary>
    public sealed record Row(int Id, string Reference, string Request, string Organisation, string Owner, DateOnly RaisedAt, int RaisedAtMeetingId, DateOnly? DueAt, PanelActionStatus Status, string? Response, bool CanManage);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actions = db.PanelActions.AsNoTracking();
            actions = query.Show switch
            {
                Filter.Open => actions.Where(a => a.Status == PanelActionStatus.Open),
                Filter.Closed => actions.Where(a => a.Status == PanelActionStatus.Closed),
                _ => actions,
            };
            var rows = await actions.Select(a => new
            {
                a.Id, a.Number, a.Request, a.Organisation!.Code, a.Organisation.ShortName, a.Owner, RaisedAt = a.RaisedAtMeeting!.Date, a.RaisedAtMeetingId,
                DueAt = (DateOnly?)a.DueMeeting!.Date, a.Status, a.Response,
            }).ToListAsync(cancellationToken);
            return new View(
                query.Show,
                [.. rows.OrderBy(a => a.Status).ThenBy(a => a.Number).Select(a => new Row(
                    a.Id, $"PA-{a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}", a.Request, a.ShortName, a.Owner, a.RaisedAt, a.RaisedAtMeetingId,
                    a.DueAt, a.Status, a.Response, AccessMatrix.Allows(user, Permission.ManagePanel, a.Code)))],
                AccessMatrix.AllowsAny(user, Permission.ManagePanel));
        }
    }
}
