using GovernancePortal.Domain.Auditing;

namespace GovernancePortal.Application.Features.Audit;

/// <summary>
/// The words people see for what the audit trail records: record types ("Improvement action", not
/// "ImprovementAction") and fields as the forms label them ("Due date", "RAG overridden on", "Improvement area", not
/// "RagOverriddenAtUtc" or "AreaId"). One catalogue for the audit log, its filter, its CSV export and the history
/// pages. A name missing from it is still turned into words (<see cref="FallbackField"/>).
/// </summary>
public static class AuditNames
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["Account"] = "Account",
        ["ApplicationUser"] = "Account",
        ["UserRole"] = "Account role",
        ["UserOrganisation"] = "Account organisation",
        ["Organisation"] = "Organisation",
        ["Principle"] = "Principle",
        ["SubPrinciple"] = "Sub-principle",
        ["GovernanceArea"] = "Governance area",
        [HistorySubjects.GovernanceAreaLeadsType] = "Senior lead of a governance area",
        ["AreaStatement"] = "Governance area text",
        ["StatementProposal"] = "Proposed wording",
        ["FrameworkYear"] = "Framework year",
        ["Person"] = "Person",
        ["PostHolding"] = "Previous post holder",
        ["ImprovementPlan"] = "Improvement plan",
        ["ImprovementArea"] = "Improvement area",
        ["ImprovementAreaLeads"] = "Lead of an improvement area",
        ["ImprovementAreaGovernanceAreas"] = "Governance area of an improvement area",
        ["ImprovementAction"] = "Improvement action",
        ["ActionUpdate"] = "Progress update",
        ["DueDateRevision"] = "Due date change",
        ["DueDateRequest"] = "Request for a new due date",
        ["AreaAssessment"] = "Progress assessment",
        ["ImportBatch"] = "Import",
        ["Survey"] = "SIC survey",
        ["SurveySection"] = "Survey section",
        ["SurveyQuestion"] = "Survey question",
        ["QuestionWording"] = "Earlier wording of a survey question",
        ["SurveyReturn"] = "SIC return",
        ["ReturnDelegate"] = "Delegate for a SIC return",
        ["ReturnSection"] = "Section of a SIC return",
        ["SurveyAnswer"] = "Answer in a SIC return",
        ["ReturnEvent"] = "Event of a SIC return",
        ["InterviewNote"] = "Interview note",
        ["SurveyFlag"] = "Survey flag acted on",
        ["SurveyFlagSource"] = "Return behind a survey flag",
        ["RespondentUpload"] = "Respondent upload",
        ["Paper"] = "Audit Panel paper",
        ["PaperSection"] = "Section of a paper",
        ["PaperSignatory"] = "Signatory of a paper",
        ["PaperControlEntry"] = "Document control row of a paper",
        ["PaperAppendix"] = "Appendix of a cover report",
        ["PaperComment"] = "Review comment on a paper",
        // Papers reference data (glossary, audit opinion, templates).
        ["GlossaryEntry"] = "Glossary acronym",
        ["AuditOpinion"] = "Internal audit opinion",
        ["AuditRecommendation"] = "Audit recommendation",
        ["PaperTemplate"] = "Paper template",
        ["TemplateSection"] = "Template section",
        // Audit Panel workspace.
        ["AuditPanel"] = "Audit Panel",
        ["PanelMember"] = "Audit Panel member",
        ["PanelOrganisation"] = "Organisation the panel serves",
        ["PanelMeeting"] = "Audit Panel meeting",
        ["MeetingAttendee"] = "Attendee of a meeting",
        ["AgendaItem"] = "Agenda item",
        ["PanelPublication"] = "Paper published to a meeting",
        ["PanelAction"] = "Audit Panel action",
        ["PaperQuestion"] = "Question on a paper",
        // External recommendations register.
        ["RecommendationSource"] = "Source body",
        ["RecommendationTheme"] = "Strategic theme",
        ["SourceReport"] = "Source report",
        ["Recommendation"] = "Recommendation",
        ["RecommendationEvent"] = "Recommendation history",
        ["RecommendationActionLink"] = "Improvement action linked to a recommendation",
    };

    /// <summary>Labels shared by every record type, unless the type has its own.</summary>
    private static readonly Dictionary<string, string> CommonFields = new(StringComparer.Ordinal)
    {
        ["OrganisationId"] = "Organisation",
        ["PrincipleId"] = "Principle",
        ["GovernanceAreaId"] = "Governance area",
        ["PlanId"] = "Plan",
        ["AreaId"] = "Improvement area",
        ["ActionId"] = "Improvement action",
        ["PersonId"] = "Post",
        ["OwnerId"] = "Owner",
        ["SeniorLeadsId"] = "Senior lead",
        ["UserId"] = "Linked account",
        ["Code"] = "Code",
        ["Title"] = "Title",
        ["Name"] = "Name",
        ["FullName"] = "Name",
        ["JobTitle"] = "Job title",
        ["Email"] = "Email address",
        ["SortOrder"] = "Position",
        ["Sequence"] = "Position",
        ["Status"] = "Status",
        ["Year"] = "Year",
        ["IsArchived"] = "Archived",
        ["Narrative"] = "Narrative",
        ["Assessment"] = "Assessment",
        ["Reason"] = "Reason",
        ["Kind"] = "Part of the area's text",
        ["SubTopic"] = "Sub-heading",
        ["Text"] = "Text",
        ["Rag"] = "RAG rating",
        ["CalculatedRag"] = "Calculated RAG rating",
        ["RagCalculatedOn"] = "RAG calculated on",
        ["RagOverride"] = "RAG override",
        ["RagOverrideRationale"] = "Reason for the override",
        ["RagOverriddenByName"] = "RAG overridden by",
        ["RagOverriddenAtUtc"] = "RAG overridden on",
        ["RagRule"] = "RAG rule",
        ["email"] = "Email address",
        ["reason"] = "Reason",
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Fields = new(StringComparer.Ordinal)
    {
        ["ImprovementAction"] = new(StringComparer.Ordinal)
        {
            ["Description"] = "Action",
            ["OwnerText"] = "Owner as written in the plan",
            ["Source"] = "Source",
            ["SourceReference"] = "Source reference",
            ["OriginalDueDate"] = "Original due date",
            ["DueDate"] = "Due date",
            ["RevisionCount"] = "Times the due date changed",
            ["OwnerReportsAtRisk"] = "Owner says it is at risk",
            ["Progress"] = "Progress",
            ["ProgressAsAt"] = "Progress as at",
            ["UpdateRequestedBy"] = "Update requested by",
            ["CompletedOn"] = "Completed on",
            ["ClosureNote"] = "Closure note",
            ["CarriedForwardFromId"] = "Carried forward from",
        },
        ["ImprovementArea"] = new(StringComparer.Ordinal)
        {
            ["Tier"] = "Tier",
            ["Aim"] = "Aim",
            ["MainIssue"] = "Main issue",
            ["Monitoring"] = "Monitoring arrangements",
        },
        ["AreaAssessment"] = new(StringComparer.Ordinal)
        {
            ["Period"] = "Reporting period",
            ["AsAt"] = "As at",
        },
        ["DueDateRevision"] = new(StringComparer.Ordinal)
        {
            ["PreviousDueDate"] = "Previous due date",
            ["NewDueDate"] = "New due date",
            ["Reason"] = "Reason for the change",
            ["ApprovedBy"] = "Approved by",
            ["ApprovedByText"] = "Approved by (as typed)",
            ["ApprovedByUserId"] = "Approved by (account)",
            ["ApprovedByName"] = "Approved by",
            ["RequestedByUserId"] = "Asked for by (account)",
            ["RequestedByName"] = "Asked for by",
            ["RecordedByName"] = "Recorded by",
            ["RecordedAtUtc"] = "Recorded on",
        },
        ["DueDateRequest"] = new(StringComparer.Ordinal)
        {
            ["ActionId"] = "Improvement action",
            ["CurrentDueDate"] = "Due date when asked",
            ["RequestedDueDate"] = "Date asked for",
            ["Reason"] = "Reason",
            ["RequestedByUserId"] = "Asked for by (account)",
            ["RequestedByName"] = "Asked for by",
            ["RequestedAtUtc"] = "Asked on",
            ["Decision"] = "Decision",
            ["DecidedByUserId"] = "Decided by (account)",
            ["DecidedByName"] = "Decided by",
            ["DecidedAtUtc"] = "Decided on",
            ["DecisionComment"] = "Comment on the decision",
        },
        ["ActionUpdate"] = new(StringComparer.Ordinal)
        {
            ["Kind"] = "Kind of update",
            ["Narrative"] = "What was done",
            ["Evidence"] = "Evidence",
            ["Assessment"] = "On track to be done by its due date?",
            ["SubmittedByUserId"] = "Submitted by (account)",
            ["SubmittedByName"] = "Submitted by",
            ["SubmittedAtUtc"] = "Submitted on",
            ["Review"] = "Review",
            ["ReviewedByName"] = "Reviewed by",
            ["ReviewedAtUtc"] = "Reviewed on",
            ["ReviewComment"] = "Comment for the lead",
        },
        ["ImprovementPlan"] = new(StringComparer.Ordinal)
        {
            ["FirstYear"] = "First year",
            ["LastYear"] = "Last year",
            ["PreviousPlanId"] = "Previous plan",
            ["ReportedSummary"] = "Summary as reported",
        },
        ["ImportBatch"] = new(StringComparer.Ordinal)
        {
            ["PlanId"] = "Plan to import into",
            ["FileName"] = "File",
            ["Content"] = "File contents",
            ["Mapping"] = "Column mapping",
            ["TotalRows"] = "Rows",
            ["ProcessedRows"] = "Rows checked",
            ["ErrorCount"] = "Rows with errors",
            ["Report"] = "Report",
            ["UploadedByUserId"] = "Uploaded by (account)",
            ["UploadedByName"] = "Uploaded by",
            ["UploadedAtUtc"] = "Uploaded on",
            ["CompletedAtUtc"] = "Completed on",
        },
        ["GovernanceArea"] = new(StringComparer.Ordinal)
        {
            ["Reference"] = "Number",
            ["Description"] = "What the area covers",
            ["CommitmentsLeadIn"] = "Commitments lead-in",
        },
        ["FrameworkYear"] = new(StringComparer.Ordinal)
        {
            ["RolledForwardFrom"] = "Rolled forward from",
            ["OpenedAtUtc"] = "Opened on",
            ["PublishedAtUtc"] = "Published on",
        },
        ["StatementProposal"] = new(StringComparer.Ordinal)
        {
            ["AreaStatementId"] = "Text it changes",
            ["ProposedText"] = "Proposed text",
            ["BaseVersion"] = "Version it was based on",
            ["Reason"] = "Why it was proposed",
            ["ProposedByUserId"] = "Proposed by (account)",
            ["ProposedByName"] = "Proposed by",
            ["ProposedAtUtc"] = "Proposed on",
            ["DecidedByName"] = "Decided by",
            ["DecidedAtUtc"] = "Decided on",
            ["DecisionComment"] = "Comment",
        },
        ["Organisation"] = new(StringComparer.Ordinal)
        {
            ["ShortName"] = "Short name",
            ["ActionCodeScheme"] = "Action codes",
            ["UpdateWindowDays"] = "Ask for updates on actions due within this many days",
        },
        ["Person"] = new(StringComparer.Ordinal)
        {
            ["HolderSince"] = "Holder since",
        },
        ["PostHolding"] = new(StringComparer.Ordinal)
        {
            ["From"] = "From",
            ["To"] = "To",
        },
        // Papers reference data (glossary, audit opinion, templates).
        ["GlossaryEntry"] = new(StringComparer.Ordinal)
        {
            ["Acronym"] = "Acronym",
            ["Definition"] = "Definition",
        },
        ["AuditOpinion"] = new(StringComparer.Ordinal)
        {
            ["Level"] = "Level of assurance",
            ["Opinion"] = "Opinion",
            ["GivenBy"] = "Given by",
            ["GivenOn"] = "Given on",
            ["Basis"] = "Basis of the opinion",
        },
        ["AuditRecommendation"] = new(StringComparer.Ordinal)
        {
            ["OpinionId"] = "Audit opinion",
            ["Number"] = "Number",
            ["Text"] = "Recommendation",
            ["Priority"] = "Priority",
            ["ManagementResponse"] = "Management response",
        },
        ["PaperTemplate"] = new(StringComparer.Ordinal)
        {
            ["Kind"] = "Kind of paper",
        },
        ["TemplateSection"] = new(StringComparer.Ordinal)
        {
            ["TemplateId"] = "Template",
            ["Code"] = "Number or letter",
            ["Heading"] = "Heading",
            ["Content"] = "Filled with",
            ["Elements"] = "CIPFA elements",
            ["NumberParagraphs"] = "Numbered paragraphs",
            ["DefaultText"] = "Default text",
        },
        ["ApplicationUser"] = new(StringComparer.Ordinal)
        {
            ["DisplayName"] = "Full name",
            ["UserName"] = "User name",
            ["IsDisabled"] = "Disabled",
            ["MustChangePassword"] = "Must change password at next sign-in",
            ["CreatedAtUtc"] = "Created on",
            ["LockoutEnd"] = "Locked until",
            ["LockoutEnabled"] = "Can be locked",
            ["EmailConfirmed"] = "Email address confirmed",
            ["PhoneNumber"] = "Phone number",
            ["PhoneNumberConfirmed"] = "Phone number confirmed",
            ["TwoFactorEnabled"] = "Two-step sign-in",
        },
        ["Paper"] = new(StringComparer.Ordinal)
        {
            ["Subtitle"] = "Subtitle",
            ["ProtectiveMarking"] = "Protective marking",
            ["MeetingName"] = "Meeting",
            ["MeetingDate"] = "Meeting date",
            ["ReportBy"] = "Report by",
            ["ImprovementPlanId"] = "Improvement plan",
            ["PreviousReportOn"] = "Previous report",
            ["Revision"] = "Version number",
            ["CreatedByName"] = "Started by",
            ["ApprovedAtUtc"] = "Approved on",
            ["ApprovedByName"] = "Approved by",
            ["PublishedAtUtc"] = "Published on",
            ["PublishedByName"] = "Published by",
        },
        ["PaperSection"] = new(StringComparer.Ordinal)
        {
            ["PaperId"] = "Paper",
            ["Heading"] = "Heading",
            ["Content"] = "Generated content",
            ["Elements"] = "CIPFA elements covered",
            ["NumberParagraphs"] = "Numbered paragraphs",
            ["Text"] = "Text",
        },
        ["PaperSignatory"] = new(StringComparer.Ordinal)
        {
            ["PaperId"] = "Paper",
            ["Role"] = "Role",
            ["SignedOn"] = "Signed on",
            ["RecordedByName"] = "Signature recorded by",
            ["RecordedAtUtc"] = "Signature recorded on",
        },
        ["PaperControlEntry"] = new(StringComparer.Ordinal)
        {
            ["PaperId"] = "Paper",
            ["Label"] = "Label",
            ["Value"] = "Value",
        },
        ["PaperAppendix"] = new(StringComparer.Ordinal)
        {
            ["CoverPaperId"] = "Cover report",
            ["AppendedPaperId"] = "Appended paper",
            ["Label"] = "Label",
        },
        ["PaperComment"] = new(StringComparer.Ordinal)
        {
            ["PaperId"] = "Paper",
            ["SectionId"] = "Section",
            ["Text"] = "Comment",
            ["AuthorName"] = "Comment by",
            ["AuthorUserId"] = "Comment by (account)",
            ["CreatedAtUtc"] = "Commented on",
            ["Revision"] = "On version",
            ["ResolvedAtUtc"] = "Resolved on",
            ["ResolvedByName"] = "Resolved by",
        },
    };

    /// <summary>Fields holding an enum's name ("InProgress"), shown as words ("In progress").</summary>
    private static readonly HashSet<string> EnumFields = new(StringComparer.Ordinal)
    {
        "Kind", "Status", "Rag", "CalculatedRag", "RagOverride", "Tier", "ActionCodeScheme", "Source", "Review", "Assessment",
        "Level", "Priority", "Content", // papers reference data
    };

    /// <summary>"Improvement action" for "ImprovementAction"; an unknown type in words.</summary>
    public static string RecordType(string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return Types.TryGetValue(entityType, out var name) ? name : AuditDisplay.Humanise(entityType);
    }

    /// <summary>The form's label for a field of a record type ("Due date", "RAG overridden on").</summary>
    public static string Field(string entityType, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Contains(' ', StringComparison.Ordinal))
        {
            return field; // already words ("Role added", "Password")
        }

        return Fields.TryGetValue(entityType ?? string.Empty, out var own) && own.TryGetValue(field, out var label) ? label
            : CommonFields.TryGetValue(field, out var common) ? common
            : FallbackField(field);
    }

    /// <summary>
    /// A field name not in the catalogue, in words: "SubmittedAtUtc" → "Submitted on", "LeadPersonId" → "Lead person",
    /// "RagStatus" → "RAG status".
    /// </summary>
    public static string FallbackField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field;
        var suffix = string.Empty;
        if (name.EndsWith("AtUtc", StringComparison.Ordinal) && name.Length > 5)
        {
            name = name[..^5];
            suffix = " on";
        }
        else if (name.EndsWith("Utc", StringComparison.Ordinal) && name.Length > 3)
        {
            name = name[..^3];
        }
        else if (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2)
        {
            name = name[..^2];
        }

        var words = AuditDisplay.Humanise(name).Split(' ')
            .Select(w => string.Equals(w, "rag", StringComparison.OrdinalIgnoreCase) ? "RAG" : w);
        return string.Join(' ', words) + suffix;
    }

    /// <summary>A field's value in words: enum names spelled out ("NotStarted" → "Not started"), dates in words.</summary>
    public static string? Value(string field, string? value) =>
        value is null ? null
        : EnumFields.Contains(field) && value.All(char.IsLetter) ? AuditDisplay.Humanise(value)
        : AuditDisplay.FormatValue(value);

    /// <summary>An entry's fields with their labels and values in words, in the order recorded.</summary>
    public static IReadOnlyList<FieldChange> Readable(string entityType, IEnumerable<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return [.. changes.Select(c => new FieldChange(Field(entityType, c.Field), Value(c.Field, c.Old), Value(c.Field, c.New)))];
    }

    /// <summary>The entry's changes as lines of text ("Due date: 1 March 2021 → 30 June 2021"), for the CSV export.</summary>
    public static string Describe(string entityType, AuditAction action, string? changesJson) =>
        string.Join('\n', Readable(entityType, AuditDisplay.ParseChanges(changesJson)).Select(c => action == AuditAction.Update
            ? $"{c.Field}: {c.Old ?? "(none)"} → {c.New ?? "(none)"}"
            : $"{c.Field}: {c.New ?? c.Old ?? "(none)"}"));
}
