using System.Globalization;
using GovernancePortal.Infrastructure.Files;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations.Import;

/// <summary>A recommendation of the generated test data, as it is written in the file.</summary>
public sealed record GeneratedRecommendation(
    string Source,
    string ReportTitle,
    DateOnly ReportDate,
    string ReportReference,
    string Reference,
    string Text,
    string Priority,
    string Theme,
    string Route,
    string Programme,
    string Owner,
    DateOnly DueDate,
    string Status,
    DateOnly? ClosedOn);

/// <summary>
/// Fictional but plausible external recommendations: 150 from 20 reports of 7 source bodies, in 8 themes, with every
/// status, and priorities, routes and headings written the ways real registers write them (P1, Essential, "Programme
/// name", "Strategic theme"…), so the import's synonyms are exercised. Deterministic: docs/samples/recommendations-sample.csv
/// is this generator's output (a test checks it; GOVERNANCEPORTAL_WRITE_SAMPLES=1 rewrites it).
/// </summary>
public static class RecommendationCsv
{
    public static IReadOnlyList<string> Themes { get; } =
    [
        "Public protection", "Information management", "Custody and detention", "Workforce and training",
        "Finance and assets", "Victims and witnesses", "Use of force and stop and search", "Digital and data",
    ];

    private static readonly (string Source, string Title, string Reference)[] Reports =
    [
        ("HMICFRS", "Inspection of custody suites in the north-west area", "HMI/CUS/24"),
        ("HMICFRS", "Review of the handling of stalking reports", "HMI/STK/24"),
        ("HMICFRS", "Inspection of digital forensics capacity", "HMI/DF/25"),
        ("HMICFRS", "Thematic review of neighbourhood policing", "HMI/NP/25"),
        ("Internal audit", "Audit of overtime controls", "IA-2024-07"),
        ("Internal audit", "Audit of seized property management", "IA-2024-11"),
        ("Internal audit", "Audit of fleet fuel card use", "IA-2025-02"),
        ("Internal audit", "Audit of information asset registers", "IA-2025-05"),
        ("IOPC", "Learning report: use of force during vehicle stops", "IOPC-LR-31"),
        ("IOPC", "Learning report: missing person risk assessments", "IOPC-LR-34"),
        ("IOPC", "Learning report: complaints about call handling", "IOPC-LR-37"),
        ("Coroner (prevention of future deaths)", "Regulation 28 report: welfare checks on detained persons", "PFD-2024-118"),
        ("Coroner (prevention of future deaths)", "Regulation 28 report: response to a concern-for-welfare call", "PFD-2025-042"),
        ("MOPAC review", "Review of victim contact standards", "MR-24-03"),
        ("MOPAC review", "Review of domestic abuse case files", "MR-24-09"),
        ("MOPAC review", "Review of stop and search community monitoring", "MR-25-01"),
        ("External auditor", "Annual audit letter: value for money findings", "EA-2024"),
        ("External auditor", "Audit findings report: payroll controls", "EA-2025-PAY"),
        ("Independent review", "Independent review of training for probationer constables", "IR-TRN-01"),
        ("Independent review", "Independent review of records retention", "IR-REC-02"),
    ];

    private static readonly string[] Priorities = ["High", "Medium", "Low", "P1", "P2", "P3", "Essential", "Important", "Advisory"];

    private static readonly string[] Statuses =
        ["Open", "Open", "Open", "In progress", "In progress", "In progress", "Proposed for closure", "Closed", "Closed", "In progress"];

    private static readonly string[] Routes = ["Programme", "Local improvement", "Policy change", "Local", "Policy", "Other", string.Empty];

    private static readonly string[] Programmes = ["Custody Improvement Programme", "Data Quality Programme", "Workforce Futures Programme", "Victims First Programme"];

    private static readonly string[] Owners =
        ["Head of Custody", "Chief Information Officer", "Director of People", "Director of Finance", "Head of Public Protection", "Head of Professional Standards", "Director of Digital Services"];

    private static readonly string[] Verbs = ["Review", "Strengthen", "Introduce", "Clarify", "Monitor", "Publish", "Train staff in", "Audit"];

    private static readonly string[] Objects =
    [
        "the supervision of risk assessments", "the recording of decisions", "the guidance on information sharing", "the checks on welfare visits",
        "the quality assurance of case files", "the controls over approvals", "the arrangements for learning from complaints", "the reporting of performance to the board",
        "the retention schedule for records", "the allocation of specialist resources",
    ];

    private static readonly string[] Outcomes =
    [
        "so that risks are identified and acted on promptly", "so that decisions can be explained and reviewed", "so that victims receive a consistent service",
        "so that public money is spent as intended", "so that the board receives assurance it can rely on", "so that lessons are learned across the organisation",
    ];

    /// <summary>The headings a register kept in a spreadsheet might have (each maps to a field without hand work).</summary>
    public static IReadOnlyList<string> Headings { get; } =
    [
        "Ref", "Source", "Report title", "Report date", "Report reference", "Recommendation", "Priority", "Strategic theme",
        "Delivery route", "Programme name", "Owner", "Due date", "Status", "Closed on",
    ];

    public static IReadOnlyList<GeneratedRecommendation> Generate()
    {
        var rows = new List<GeneratedRecommendation>();
        for (var r = 0; r < Reports.Length; r++)
        {
            var (source, title, reportReference) = Reports[r];
            var published = new DateOnly(2024, 1, 15).AddDays(r * 29);
            var count = 7 + (r % 2);
            for (var n = 1; n <= count; n++)
            {
                var i = rows.Count;
                var route = Routes[i % Routes.Length];
                var status = Statuses[(i * 7 + r) % Statuses.Length];
                var due = published.AddMonths(6 + (i % 13));
                rows.Add(new GeneratedRecommendation(
                    source,
                    title,
                    published,
                    reportReference,
                    string.Create(CultureInfo.InvariantCulture, $"R{n}"),
                    $"{Verbs[i % Verbs.Length]} {Objects[(i * 3 + r) % Objects.Length]} {Outcomes[(i + r) % Outcomes.Length]}.",
                    Priorities[(i * 5 + r) % Priorities.Length],
                    Themes[(i * 3 + r) % Themes.Count],
                    route,
                    route == "Programme" ? Programmes[(i + r) % Programmes.Length] : string.Empty,
                    Owners[(i + 2 * r) % Owners.Length],
                    due,
                    status,
                    status == "Closed" ? published.AddMonths(3 + (i % 5)) : null));
            }
        }

        return rows;
    }

    /// <summary>The recommendations as a CSV file with <see cref="Headings"/> and UK dates (31/03/2025).</summary>
    public static byte[] ToCsv(IEnumerable<GeneratedRecommendation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
        var csv = new CsvWriter().WriteRow(Headings);
        foreach (var r in rows)
        {
            csv.WriteRow(r.Reference, r.Source, r.ReportTitle, Day(r.ReportDate), r.ReportReference, r.Text, r.Priority, r.Theme, r.Route, r.Programme, r.Owner, Day(r.DueDate), r.Status, Day(r.ClosedOn));
        }

        return csv.ToBytes();
    }

    /// <summary>The committed sample file for the demo (docs/samples/recommendations-sample.csv).</summary>
    public static string SamplePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovernancePortal.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (GovernancePortal.sln)."), "docs", "samples", "recommendations-sample.csv");
    }
}
