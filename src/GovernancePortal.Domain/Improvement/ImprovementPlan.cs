using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// A governance improvement plan: one organisation's improvement areas and actions over one or more reporting years
/// (the Met's 2018/21 plan spans three). At its end the open actions are carried forward into the next plan.
/// </summary>
public class ImprovementPlan : Entity, IAudited, IVersioned
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Title { get; set; }

    public ReportingYear FirstYear { get; set; }

    public ReportingYear LastYear { get; set; }

    public PlanStatus Status { get; set; }

    /// <summary>The plan whose open actions this one took over.</summary>
    public int? PreviousPlanId { get; set; }

    public ImprovementPlan? PreviousPlan { get; set; }

    /// <summary>The plan's own summary of progress as reported (e.g. the paper's "32 (67%) complete…").</summary>
    public string? ReportedSummary { get; set; }

    public List<ImprovementArea> Areas { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>"2018/21" for a multi-year plan, "2017/18" for a single year.</summary>
    public string Period => PeriodOf(FirstYear, LastYear);

    /// <summary>The <see cref="Period"/> of a plan running from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static string PeriodOf(ReportingYear first, ReportingYear last) => first == last
        ? first.ToString()
        : $"{first.StartYear}/{(last.StartYear + 1) % 100:00}";

    /// <summary>The plan's part of its address: "2018-21" for a multi-year plan, "2017-18" for a single year.</summary>
    public string Slug => SlugFor(FirstYear, LastYear);

    /// <summary>The <see cref="Slug"/> of a plan running from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static string SlugFor(ReportingYear first, ReportingYear last) =>
        $"{first.StartYear}-{(last.StartYear + 1) % 100:00}";

    /// <summary>
    /// Carries every open action into <paramref name="next"/>: areas are matched by code (or title) and created in the
    /// next plan when missing; each open action continues there, linked both ways; this plan is closed. Nothing is
    /// marked done on the way. Returns the new actions.
    /// </summary>
    public IReadOnlyList<ImprovementAction> CarryForwardInto(ImprovementPlan next, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == PlanStatus.Closed)
        {
            throw new DomainException($"{Title} is closed: its open actions have already been carried forward");
        }

        if (ReferenceEquals(next, this) || next.OrganisationId != OrganisationId || next.FirstYear <= FirstYear)
        {
            throw new DomainException("Open actions can only be carried forward into a later plan of the same organisation");
        }

        if (next.Status == PlanStatus.Closed)
        {
            throw new DomainException($"{next.Title} is closed");
        }

        var carried = new List<ImprovementAction>();
        foreach (var area in Areas.OrderBy(a => a.Sequence))
        {
            var open = area.Actions.Where(a => a.IsOpen).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
            if (open.Count == 0)
            {
                continue;
            }

            var target = next.Areas.FirstOrDefault(a => a.Code is not null && string.Equals(a.Code, area.Code, StringComparison.OrdinalIgnoreCase))
                ?? next.Areas.FirstOrDefault(a => string.Equals(a.Title, area.Title, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                target = area.CopyInto(next);
            }

            foreach (var action in open)
            {
                if (target.Actions.Any(a => string.Equals(a.Code, action.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new DomainException($"{next.Title} already has an action {action.Code} in {target.DisplayCode}");
                }

                carried.Add(action.CarryForwardInto(target, actor));
            }
        }

        Status = PlanStatus.Closed;
        next.PreviousPlan ??= this;
        return carried;
    }
}

public enum PlanStatus
{
    Active,

    /// <summary>The plan has ended; its open actions were carried forward.</summary>
    Closed,
}
