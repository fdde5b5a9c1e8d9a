using System.Globalization;
using System.Text.RegularExpressions;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Cli;

/// <summary>
/// <c>govportal papers ags|code|progress|cover --org MPS --year 2016/17 --format pdf --out FILE</c>: composes the paper
/// (a cover report with its appendices) from the database and writes it as PDF, HTML or Word.
/// </summary>
internal static partial class PaperCommand
{
    public const string Kinds = "ags, code, progress or cover";

    /// <summary>The kind named on the command line, or null.</summary>
    public static PaperKind? ParseKind(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ags" => PaperKind.AnnualGovernanceStatement,
        "code" => PaperKind.CodeOfGovernance,
        "progress" => PaperKind.ProgressReport,
        "cover" => PaperKind.CoverReport,
        _ => null,
    };

    public static async Task<int> RunAsync(IServiceProvider services, PaperKind kind, string organisationCode, string yearText, PaperFormat format, string outPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<GovernancePortalDbContext>();
        var code = organisationCode.Trim().ToUpperInvariant();
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (organisation is null)
        {
            var known = await db.Organisations.AsNoTracking().OrderBy(o => o.Code).Select(o => o.Code).ToListAsync(cancellationToken);
            await error.WriteLineAsync($"There is no organisation with the code '{organisationCode}'. Use one of: {string.Join(", ", known)}.");
            return CliApp.InvalidInput;
        }

        var (paperId, problem) = kind == PaperKind.ProgressReport
            ? await FindProgressReportAsync(db, organisation, yearText, cancellationToken)
            : await FindPaperAsync(db, organisation, kind, yearText, cancellationToken);
        if (problem is not null)
        {
            await error.WriteLineAsync(problem.Value.Message);
            return problem.Value.Code;
        }

        var paper = await PaperComposer.LoadAsync(db, paperId, cancellationToken)
            ?? throw new InvalidOperationException($"Paper {paperId.ToString(CultureInfo.InvariantCulture)} has just been deleted.");
        var pack = await services.GetRequiredService<PaperComposer>().ComposePackAsync(paper, cancellationToken);
        var file = PaperFiles.Render(pack, format, services.GetRequiredService<TimeProvider>().GetUtcNow());
        var path = Path.GetFullPath(outPath);
        try
        {
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            await error.WriteLineAsync($"Could not write {path}: {ex.Message}");
            return CliApp.Failed;
        }

        var appendices = pack.Documents.Count > 1 ? $" with {Plural.Of(pack.Documents.Count - 1, "appendix", "appendices")}" : string.Empty;
        await output.WriteLineAsync($"Wrote {path}: {pack.Title}{appendices} ({file.Content.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes).");
        return CliApp.Ok;
    }

    private static async Task<(int Id, (string Message, int Code)? Problem)> FindPaperAsync(GovernancePortalDbContext db, Organisation organisation, PaperKind kind, string yearText, CancellationToken cancellationToken)
    {
        if (!ReportingYear.TryParse(yearText, out var year))
        {
            return (0, ($"'{yearText}' is not a reporting year. Give it like 2016/17.", CliApp.InvalidInput));
        }

        // Several cover reports may go to the Panel in a year: the latest meeting's.
        var id = await db.Papers.AsNoTracking()
            .Where(p => p.OrganisationId == organisation.Id && p.Kind == kind && p.Year == year)
            .OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.Id)
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is { } found
            ? (found, null)
            : (0, ($"{organisation.Code} has no {Describe(kind)} for {year}.", CliApp.Failed));
    }

    private static async Task<(int Id, (string Message, int Code)? Problem)> FindProgressReportAsync(GovernancePortalDbContext db, Organisation organisation, string yearText, CancellationToken cancellationToken)
    {
        var plans = await db.ImprovementPlans.AsNoTracking().Where(p => p.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var text = yearText.Trim();
        ImprovementPlan? plan;
        if (ReportingYear.TryParse(text, out var year))
        {
            plan = plans.Where(p => p.FirstYear <= year && year <= p.LastYear).OrderByDescending(p => p.FirstYear).FirstOrDefault();
        }
        else if (PeriodPattern().IsMatch(text))
        {
            plan = plans.FirstOrDefault(p => string.Equals(p.Period, text.Replace('-', '/'), StringComparison.Ordinal));
        }
        else
        {
            return (0, ($"'{yearText}' is neither an improvement plan period (like 2018/21) nor a reporting year (like 2018/19).", CliApp.InvalidInput));
        }

        if (plan is null)
        {
            var periods = plans.OrderBy(p => p.FirstYear).Select(p => p.Period).ToList();
            var known = periods.Count == 0 ? "it has no improvement plans" : $"its plans cover {string.Join(", ", periods)}";
            return (0, ($"{organisation.Code} has no improvement plan for {text}: {known}.", CliApp.Failed));
        }

        var id = await db.Papers.AsNoTracking()
            .Where(p => p.OrganisationId == organisation.Id && p.Kind == PaperKind.ProgressReport && p.ImprovementPlanId == plan.Id)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.MeetingDate).ThenByDescending(p => p.Id)
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is { } found
            ? (found, null)
            : (0, ($"{organisation.Code} has no progress report on its {plan.Period} improvement plan.", CliApp.Failed));
    }

    /// <summary>The kind in the words the portal's pages use.</summary>
    private static string Describe(PaperKind kind) => SectionContentText.Kind(kind);

    [GeneratedRegex(@"^\d{4}[/-]\d{2}$")]
    private static partial Regex PeriodPattern();
}
