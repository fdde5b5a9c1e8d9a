using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>An organisation's framework as the index and the years page list it.</summary>
public sealed record FrameworkSummary(string Slug, string Name, string ShortName, int Areas, IReadOnlyList<YearSummary> Years, bool CanEdit);

/// <summary>One year of a framework, with its slug ("2016-17") for the page's links.</summary>
public sealed record YearSummary(int Id, ReportingYear Year, string Slug, FrameworkYearStatus Status, DateTime OpenedAtUtc, DateTime? PublishedAtUtc, ReportingYear? RolledForwardFrom, Guid Version)
{
    public static YearSummary Of(FrameworkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new(year.Id, year.Year, FrameworkScope.YearSlug(year.Year), year.Status, year.OpenedAtUtc, year.PublishedAtUtc, year.RolledForwardFrom, year.Version);
    }
}
