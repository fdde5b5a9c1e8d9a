using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Actions;

/// <summary>What the pages of one matter arising show at the top.</summary>
public sealed record ActionHeading(int Id, string Reference, string Request, string Organisation, string Owner, DateOnly RaisedAt, PanelActionStatus Status, string? Response, Guid Version)
{
    public static ActionHeading Of(PanelAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ActionHeading(action.Id, action.Reference, action.Request, action.Organisation?.ShortName ?? string.Empty, action.Owner,
            action.RaisedAtMeeting?.Date ?? default, action.Status, action.Response, action.Version);
    }

    /// <summary>The action with its meetings and organisation; 404 when there is none.</summary>
    public static async Task<PanelAction> LoadAsync(GovernancePortalDbContext db, int id, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.PanelActions.Include(a => a.RaisedAtMeeting).Include(a => a.DueMeeting).Include(a => a.Organisation);
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("There is no such Panel action.");
    }
}
