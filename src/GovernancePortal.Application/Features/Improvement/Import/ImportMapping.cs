namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>What a column of an imported file can hold.</summary>
public enum ImportField
{
    AreaCode,
    AreaTitle,
    Code,
    Description,
    Owner,
    Source,
    SourceReference,
    OriginalDueDate,
    DueDate,
    Revisions,
    Status,
    Rag,
    RagOverridden,
    Progress,
}

/// <summary>A field of the mapping form: its label, a hint and whether the import needs it.</summary>
public sealed record ImportFieldInfo(ImportField Field, string Label, string Hint, bool Required = false);

/// <summary>
/// Which column of the file holds each field (by heading). Guessed from the headings (the export's own headings and
/// the ones plans commonly use) and then chosen by the user; stored on the batch as JSON.
/// </summary>
public sealed class ImportMapping : ImportColumns<ImportField>
{
    public static IReadOnlyList<ImportFieldInfo> Fields { get; } =
    [
        new(ImportField.Code, "Action code", "Like IA2-01 or F10.", Required: true),
        new(ImportField.Description, "Description", "What is to be done.", Required: true),
        new(ImportField.AreaCode, "Area", "The improvement area's code (or title). Left out, the area is taken from the action code."),
        new(ImportField.AreaTitle, "Area title", "Used to find the area, and to name it when it is new."),
        new(ImportField.Owner, "Owner", "A post or name: matched to the organisation's people."),
        new(ImportField.Source, "Source", "Annual Governance Statement, SIC survey, internal or external audit, inspectorate or other report."),
        new(ImportField.SourceReference, "Source reference", "The report and recommendation."),
        new(ImportField.OriginalDueDate, "Original due date", "The date first agreed. Left out, it is the due date."),
        new(ImportField.DueDate, "Due date", "The date now in force (a revised date, if there is one)."),
        new(ImportField.Revisions, "Revisions", "How many times the due date has been revised."),
        new(ImportField.Status, "Status", "Not started, in progress, reported complete, complete, closed without action."),
        new(ImportField.Rag, "RAG", "Red, amber or green. Only kept as an override when RAG overridden says Yes; otherwise the organisation's rule rates the action."),
        new(ImportField.RagOverridden, "RAG overridden", "Yes or No."),
        new(ImportField.Progress, "Latest progress", "The latest progress narrative."),
    ];

    private static readonly Dictionary<string, ImportField> Headings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = ImportField.Code,
        ["action code"] = ImportField.Code,
        ["ref"] = ImportField.Code,
        ["reference"] = ImportField.Code,
        ["action ref"] = ImportField.Code,
        ["no"] = ImportField.Code,
        ["action"] = ImportField.Description,
        ["description"] = ImportField.Description,
        ["action description"] = ImportField.Description,
        ["improvement action"] = ImportField.Description,
        ["area"] = ImportField.AreaCode,
        ["area code"] = ImportField.AreaCode,
        ["improvement area"] = ImportField.AreaCode,
        ["principle"] = ImportField.AreaCode,
        ["area title"] = ImportField.AreaTitle,
        ["area name"] = ImportField.AreaTitle,
        ["owner"] = ImportField.Owner,
        ["action owner"] = ImportField.Owner,
        ["lead"] = ImportField.Owner,
        ["responsible"] = ImportField.Owner,
        ["source"] = ImportField.Source,
        ["source reference"] = ImportField.SourceReference,
        ["source ref"] = ImportField.SourceReference,
        ["recommendation"] = ImportField.SourceReference,
        ["original due date"] = ImportField.OriginalDueDate,
        ["original date"] = ImportField.OriginalDueDate,
        ["due date"] = ImportField.DueDate,
        ["due"] = ImportField.DueDate,
        ["target date"] = ImportField.DueDate,
        ["deadline"] = ImportField.DueDate,
        ["revised date"] = ImportField.DueDate,
        ["revised due date"] = ImportField.DueDate,
        ["current due date"] = ImportField.DueDate,
        ["revisions"] = ImportField.Revisions,
        ["status"] = ImportField.Status,
        ["rag"] = ImportField.Rag,
        ["rag status"] = ImportField.Rag,
        ["rag rating"] = ImportField.Rag,
        ["rag overridden"] = ImportField.RagOverridden,
        ["progress"] = ImportField.Progress,
        ["latest progress"] = ImportField.Progress,
        ["progress update"] = ImportField.Progress,
        ["update"] = ImportField.Progress,
    };

    public ImportMapping(IReadOnlyDictionary<ImportField, string> columns)
        : base(columns)
    {
    }

    /// <summary>The field a heading stands for, if the importer recognises it ("Due date", "Action", "RAG status"…).</summary>
    public static ImportField? FieldForHeading(string? heading) => ImportHeadings.FieldFor(Headings, heading);

    /// <summary>
    /// The mapping guessed from the headings: each recognised heading goes to its field (the first one wins). When a
    /// file has both a due date and a revised date, the due date is the original and the revised date the one in force.
    /// </summary>
    public static ImportMapping Guess(IReadOnlyList<string> headings) =>
        new(ImportHeadings.Guess(headings, Headings, ImportField.OriginalDueDate, ImportField.DueDate));

    public static ImportMapping? FromJson(string? json) => ImportHeadings.ReadJson<ImportField>(json) is { } columns ? new ImportMapping(columns) : null;
}
