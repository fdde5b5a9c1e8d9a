using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Register;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>
/// Asks the owners of the open actions due an update to send one by a date: shown on their "My actions", and e-mailed
/// to each owner with an e-mail address (one message listing their actions, through the outbox).
/// </summary>
public static class RequestUpdates
{
    /// <summary>
    /// Open actions of an organisation that need an update: due within the organisation's update window (or overdue) and
    /// with no update awaiting review.
    /// </summary>
    public sealed record Query(string Organisation) : IQuery<Due>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Due(string OrganisationCode, string OrganisationName, int WindowDays, DateOnly Today, string RagRule, IReadOnlyList<RegisterRow> Actions);

    public sealed class QueryHandler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, Due>
    {
        public async ValueTask<Due> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await Framework.FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var today = time.Today();
            var rows = await RegisterQuery.Project(RegisterQuery.Sort(DueFilter.Apply(db, organisation.Id, today.AddDays(organisation.UpdateWindowDays)), "due"), today)
                .ToListAsync(cancellationToken);
            return new Due(organisation.Code, organisation.ShortName, organisation.UpdateWindowDays, today, organisation.RagRule.Description, rows);
        }
    }

    /// <summary>Asks the owners of the actions due an update to send one by <see cref="By"/>; shown on their "My actions".</summary>
    /// <summary>What the page's form posts: the date updates are due by, as its three boxes.</summary>
    public sealed record Form
    {
        public DateParts By { get; set; } = new();
    }

    public sealed record Command(string Organisation, DateOnly? By) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var organisation = await Framework.FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var today = time.Today();
            if (command.By is not { } by || by < today)
            {
                throw Validation.Fail(nameof(Command.By), "Enter the date updates are due by, today or later");
            }

            var actions = await DueFilter.Apply(db, organisation.Id, today.AddDays(organisation.UpdateWindowDays)).AsTracking()
                .Include(a => a.Owner).ToListAsync(cancellationToken);
            foreach (var action in actions)
            {
                action.UpdateRequestedBy = by;
            }

            await UpdateRequestEmails.QueueAsync(db, organisation.ShortName, actions, by, time.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return actions.Count;
        }
    }

    /// <summary>One e-mail per owner with an address, listing their actions and the date; owners without one are logged.</summary>
    internal static class UpdateRequestEmails
    {
        public static async Task QueueAsync(GovernancePortalDbContext db, string organisation, IReadOnlyList<ImprovementAction> actions, DateOnly by, DateTime nowUtc, CancellationToken cancellationToken)
        {
            var date = by.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
            foreach (var owned in actions.Where(a => a.Owner is not null).GroupBy(a => a.Owner!))
            {
                var owner = owned.Key;
                if (string.IsNullOrWhiteSpace(owner.Email))
                {
                    continue;
                }

                var list = owned.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
                var email = new EmailText()
                    .Paragraph($"Dear {(string.IsNullOrWhiteSpace(owner.FullName) ? owner.JobTitle : owner.FullName)},")
                    .Paragraph($"The governance team asks you to send an update on {(list.Count == 1 ? "this improvement action" : $"these {list.Count} improvement actions")} for {organisation} by {date}:");
                foreach (var action in list)
                {
                    email.Link($"{action.Code}: {Shorten(action.Description)}", Outbox.Link("/Improvement/Actions/Details", ("id", action.Id)));
                }

                email.Paragraph("Say how each action is going and whether it is on track. They are also listed under \"My actions\" in the portal.");
                // The same request for the same actions and date is sent once; a new date or a new action sends again.
                var actionIds = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(',', list.Select(a => a.Id)))))[..16];
                var key = $"improvement-update-request:{owner.Id}:{by:yyyy-MM-dd}:{actionIds}";
                await Outbox.QueueAsync(db, new OutgoingEmail("Update request", key,
                    owner.Email, owner.FullName ?? owner.JobTitle, $"Please send an update on your improvement actions by {date}", email.Text, email.Html, $"Person:{owner.Id}"), nowUtc, cancellationToken);
            }
        }
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 120 ? line : line[..117].TrimEnd() + "…";
    }

    /// <summary>Open actions still with their owner (<see cref="ActionRules.AwaitsOwnerUpdate"/>), due by a date, with no update awaiting review.</summary>
    internal static class DueFilter
    {
        public static IQueryable<ImprovementAction> Apply(GovernancePortalDbContext db, int organisationId, DateOnly dueBy)
        {
            return db.ImprovementActions.AsNoTracking()
                .Where(a => a.Area!.Plan!.OrganisationId == organisationId && a.Area.Plan.Status == PlanStatus.Active)
                .Where(ActionRules.AwaitsOwnerUpdate)
                .Where(a => a.DueDate != null && a.DueDate <= dueBy)
                .Where(a => !a.Updates.Any(u => u.Review == UpdateReview.Pending));
        }
    }
}
