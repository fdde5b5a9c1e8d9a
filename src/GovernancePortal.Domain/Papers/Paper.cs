using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Domain.Papers;

/// <summary>
/// One paper of an organisation: an AGS or Code of Governance for a reporting year, an Audit Panel cover report or an
/// improvement-plan progress report. Its sections come from the organisation's template; fixed-text sections hold their
/// own text, generated sections are filled from live data whenever the paper is shown or printed. Every saved state is
/// a numbered <see cref="PaperVersion"/>. Workflow: draft → in review → approved → signed → published; only drafts and
/// papers in review can change, and a published paper never changes again.
/// </summary>
public class Paper : Entity, IAudited, IVersioned
{
    public const int ReasonMaxLength = TextLimits.MediumText;
    public const int CommentMaxLength = TextLimits.MediumText;

    private PaperStatus status;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public PaperKind Kind { get; set; }

    /// <summary>The reporting year the paper is about (a progress report: the first year of its plan).</summary>
    public ReportingYear Year { get; set; }

    public required string Title { get; set; }

    /// <summary>Printed under the title, e.g. "Unaudited position as at 31 March 2017 including plans for 2017/18".</summary>
    public string? Subtitle { get; set; }

    /// <summary>Printed in every page header, e.g. "Not Protectively Marked" or "OFFICIAL".</summary>
    public string? ProtectiveMarking { get; set; }

    /// <summary>Cover and progress reports: the meeting the paper goes to ("Audit Panel").</summary>
    public string? MeetingName { get; set; }

    /// <summary>Cover and progress reports: the date of the meeting; a progress report is "as at" this date.</summary>
    public DateOnly? MeetingDate { get; set; }

    /// <summary>Cover report: "Report by: The Deputy Commissioner".</summary>
    public string? ReportBy { get; set; }

    /// <summary>Progress report: the plan it reports on.</summary>
    public int? ImprovementPlanId { get; set; }

    public ImprovementPlan? ImprovementPlan { get; set; }

    /// <summary>Progress report: the date of the previous report; actions completed after it are listed.</summary>
    public DateOnly? PreviousReportOn { get; set; }

    public PaperStatus Status { get => status; init => status = value; }

    /// <summary>The number of the latest saved version (1 when created).</summary>
    public int Revision { get; private set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedByName { get; set; } = string.Empty;

    public DateTime? ApprovedAtUtc { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public string? PublishedByName { get; private set; }

    public List<PaperSection> Sections { get; set; } = [];

    public List<PaperSignatory> Signatories { get; set; } = [];

    public List<PaperControlEntry> ControlEntries { get; set; } = [];

    public List<PaperAppendix> Appendices { get; set; } = [];

    public List<PaperComment> Comments { get; set; } = [];

    public List<PaperVersion> Versions { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>Drafts and papers in review can change; approved, signed and published papers cannot.</summary>
    public bool IsEditable => Status is PaperStatus.Draft or PaperStatus.InReview;

    public bool IsPublished => Status == PaperStatus.Published;

    /// <summary>
    /// The kind for the AGS and the Code, null for the others: a unique index on (organisation, year, this) keeps one AGS
    /// and one Code per organisation and year even when two people start one at the same moment. Stored, never set.
    /// </summary>
    public string? AnnualKey
    {
        get => IsAnnual(Kind) ? Kind.ToString() : null;
        private set => _ = value;
    }

    /// <summary>Papers whose kind is one per organisation and year (the AGS and the Code).</summary>
    public static bool IsAnnual(PaperKind kind) => kind is PaperKind.AnnualGovernanceStatement or PaperKind.CodeOfGovernance;

    public IReadOnlyList<PaperSection> OrderedSections => [.. Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)];

    /// <summary>The anchor of a section in the paper's HTML and its section id in the PDF: "p12-section-b", "p12-part-7".</summary>
    public string AnchorFor(PaperSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.Code is null)
        {
            // Unnumbered sections ("Document control") by position, so they never meet a numbered one's anchor.
            return $"p{Id}-part-{section.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        var slug = new string([.. section.Code.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return $"p{Id}-section-{slug}";
    }

    public IReadOnlyList<PaperSignatory> OrderedSignatories => [.. Signatories.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)];

    /// <summary>
    /// A new draft from the template. Each section's text comes from the same section (same content and code, or same
    /// heading) of <paramref name="previous"/>, the last paper of this kind, when it has one; otherwise from the template.
    /// Signatories (without signatures) and the document control table are carried over from <paramref name="previous"/>.
    /// </summary>
    public static Paper Create(PaperTemplate template, Paper? previous, ReportingYear year, string title, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (previous is not null && (previous.OrganisationId != template.OrganisationId || previous.Kind != template.Kind))
        {
            throw new DomainException("A paper can only carry text over from an earlier paper of the same organisation and kind");
        }

        var paper = new Paper
        {
            OrganisationId = template.OrganisationId,
            Kind = template.Kind,
            Year = year,
            Title = title.Trim(),
            Subtitle = previous?.Subtitle,
            ProtectiveMarking = previous?.ProtectiveMarking,
            MeetingName = previous?.MeetingName,
            ReportBy = previous?.ReportBy,
            ImprovementPlanId = previous?.ImprovementPlanId,
            Status = PaperStatus.Draft,
            CreatedAtUtc = actor.AtUtc,
            CreatedByName = actor.Name,
        };

        var earlier = previous?.OrderedSections ?? [];
        foreach (var section in template.OrderedSections)
        {
            var match = earlier.FirstOrDefault(s => s.Content == section.Content && s.Code is not null && string.Equals(s.Code, section.Code, StringComparison.OrdinalIgnoreCase))
                ?? earlier.FirstOrDefault(s => string.Equals(s.Heading, section.Heading, StringComparison.OrdinalIgnoreCase));
            paper.Sections.Add(new PaperSection
            {
                Code = section.Code,
                Heading = section.Heading,
                Content = section.Content,
                Elements = section.Elements,
                NumberParagraphs = section.NumberParagraphs,
                SortOrder = section.SortOrder,
                Text = match is not null ? match.Text : section.DefaultText,
            });
        }

        foreach (var signatory in previous?.OrderedSignatories ?? [])
        {
            paper.Signatories.Add(new PaperSignatory { Name = signatory.Name, Role = signatory.Role, SortOrder = signatory.SortOrder });
        }

        foreach (var entry in previous?.ControlEntries.OrderBy(e => e.SortOrder) ?? Enumerable.Empty<PaperControlEntry>())
        {
            paper.ControlEntries.Add(new PaperControlEntry { Label = entry.Label, Value = entry.Value, SortOrder = entry.SortOrder });
        }

        return paper;
    }

    /// <summary>Changes the title block (title, subtitle, marking, meeting, report by, previous report date).</summary>
    public void Describe(PaperDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Title);
        Title = details.Title.Trim();
        Subtitle = Blank(details.Subtitle);
        ProtectiveMarking = Blank(details.ProtectiveMarking);
        MeetingName = Blank(details.MeetingName);
        MeetingDate = details.MeetingDate;
        ReportBy = Blank(details.ReportBy);
        PreviousReportOn = details.PreviousReportOn;
    }

    /// <summary>Changes a section's heading and text.</summary>
    public void EditSection(PaperSection section, string heading, string? text)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentException.ThrowIfNullOrWhiteSpace(heading);
        EnsureEditable();
        EnsureOwn(section);
        section.Heading = heading.Trim();
        section.Text = Blank(text);
    }

    /// <summary>Says which of CIPFA's required elements a section of an AGS covers (the checks before approval look for each).</summary>
    public void CoverElements(PaperSection section, CipfaElement elements)
    {
        ArgumentNullException.ThrowIfNull(section);
        EnsureEditable();
        EnsureOwn(section);
        if (Kind != PaperKind.AnnualGovernanceStatement && elements != CipfaElement.None)
        {
            throw new DomainException("Only an Annual Governance Statement covers CIPFA's required elements");
        }

        section.Elements = elements;
    }

    /// <summary>Replaces the signatories (name and role, in order). Only before approval; signatures are taken after it.</summary>
    public void SetSignatories(IReadOnlyList<(string Name, string Role)> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        EnsureEditable();
        Signatories.Clear();
        var order = 0;
        foreach (var (name, role) in signatories.Where(s => !string.IsNullOrWhiteSpace(s.Name)))
        {
            Signatories.Add(new PaperSignatory { Name = name.Trim(), Role = role?.Trim() ?? string.Empty, SortOrder = ++order });
        }
    }

    /// <summary>Replaces the document control table (label and value, in order).</summary>
    public void SetControlEntries(IReadOnlyList<(string Label, string Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        EnsureEditable();
        ControlEntries.Clear();
        var order = 0;
        foreach (var (label, value) in entries.Where(e => !string.IsNullOrWhiteSpace(e.Label)))
        {
            ControlEntries.Add(new PaperControlEntry { Label = label.Trim(), Value = value?.Trim() ?? string.Empty, SortOrder = ++order });
        }
    }

    /// <summary>Cover report: the papers appended to it, in order, labelled "Appendix 1", "Appendix 2"… (or the given labels).</summary>
    public void SetAppendices(IReadOnlyList<Paper> papers, bool lettered = false)
    {
        ArgumentNullException.ThrowIfNull(papers);
        EnsureEditable();
        if (Kind != PaperKind.CoverReport)
        {
            throw new DomainException("Only a cover report has appendices");
        }

        if (papers.Any(p => p.Kind == PaperKind.CoverReport || p.OrganisationId != OrganisationId))
        {
            throw new DomainException("A cover report's appendices are other papers of the same organisation, not cover reports");
        }

        if (papers.Select(p => p.Id).Distinct().Count() != papers.Count)
        {
            throw new DomainException("A paper can be appended only once");
        }

        Appendices.Clear();
        for (var i = 0; i < papers.Count; i++)
        {
            var label = lettered ? $"Appendix {(char)('A' + i)}" : $"Appendix {i + 1}";
            Appendices.Add(new PaperAppendix { AppendedPaperId = papers[i].Id, AppendedPaper = papers[i], Label = label, SortOrder = i + 1 });
        }
    }

    /// <summary>Draft → in review: reviewers may now comment on each section.</summary>
    public void SubmitForReview()
    {
        if (Status != PaperStatus.Draft)
        {
            throw new DomainException($"Only a draft can be sent for review; this paper is {Describe(Status)}");
        }

        status = PaperStatus.InReview;
    }

    /// <summary>Back to draft from review, approval or signature, with a reason; signatures taken are cleared.</summary>
    public void ReturnToDraft()
    {
        if (Status is PaperStatus.Draft or PaperStatus.Published)
        {
            throw new DomainException(Status == PaperStatus.Published
                ? "A published paper never changes: start the next paper instead"
                : "This paper is already a draft");
        }

        status = PaperStatus.Draft;
        ApprovedAtUtc = null;
        ApprovedByName = null;
        foreach (var signatory in Signatories)
        {
            signatory.ClearSignature();
        }
    }

    /// <summary>
    /// In review → approved: the text is frozen. Refused while any check before approval fails
    /// (<paramref name="failedChecks"/>, counted by the caller from <see cref="PaperChecks"/>).
    /// </summary>
    public void Approve(int failedChecks, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != PaperStatus.InReview)
        {
            throw new DomainException($"Only a paper in review can be approved; this paper is {Describe(Status)}");
        }

        if (failedChecks > 0)
        {
            throw new DomainException($"Fix the {Plural.Of(failedChecks, "failed check")} before approving this paper");
        }

        if (Comments.Any(c => !c.IsResolved))
        {
            var open = Comments.Count(c => !c.IsResolved);
            throw new DomainException($"Resolve the {Plural.Of(open, "open review comment")} before approving this paper");
        }

        status = PaperStatus.Approved;
        ApprovedAtUtc = actor.AtUtc;
        ApprovedByName = actor.Name;
    }

    /// <summary>Records that a signatory signed on a date; when the last one has signed the paper is signed.</summary>
    public void RecordSignature(PaperSignatory signatory, DateOnly signedOn, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Signatories.Contains(signatory))
        {
            throw new DomainException("That signatory is not named on this paper");
        }

        if (Status != PaperStatus.Approved)
        {
            throw new DomainException($"Signatures are taken once a paper is approved; this paper is {Describe(Status)}");
        }

        if (signatory.SignedOn is not null)
        {
            throw new DomainException($"{signatory.Name} has already signed");
        }

        if (ApprovedAtUtc is { } approved && signedOn < DateOnly.FromDateTime(approved).AddDays(-366))
        {
            throw new DomainException("The date signed must be near the date the paper was approved");
        }

        signatory.Sign(signedOn, actor);
        if (Signatories.All(s => s.SignedOn is not null))
        {
            status = PaperStatus.Signed;
        }
    }

    /// <summary>
    /// Publishes the paper: signed papers, and approved papers nobody signs (cover and progress reports). Final. A cover
    /// report is published only after the papers it appends (its appendices must be loaded).
    /// </summary>
    public void Publish(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ready = Status == PaperStatus.Signed || (Status == PaperStatus.Approved && Signatories.Count == 0);
        if (!ready)
        {
            throw new DomainException(Status switch
            {
                PaperStatus.Published => "This paper is already published",
                PaperStatus.Approved => "Every signatory must sign before this paper is published",
                _ => $"Only an approved (and, where it has signatories, signed) paper can be published; this paper is {Describe(Status)}",
            });
        }

        // Publication shows a cover report's appendices to every reader of papers: they must be published first.
        var unpublished = Appendices.OrderBy(a => a.SortOrder).FirstOrDefault(a => a.AppendedPaper is not { IsPublished: true });
        if (unpublished is not null)
        {
            throw new DomainException($"Publish {unpublished.Label} ({unpublished.AppendedPaper?.Title ?? "the appended paper"}) before the cover report that appends it");
        }

        status = PaperStatus.Published;
        PublishedAtUtc = actor.AtUtc;
        PublishedByName = actor.Name;
    }

    /// <summary>A reviewer's comment on a section, while the paper is a draft or in review.</summary>
    public PaperComment Comment(PaperSection section, string text, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        EnsureOwn(section);
        if (!IsEditable)
        {
            throw new DomainException($"Comments are taken while a paper is a draft or in review; this paper is {Describe(Status)}");
        }

        var comment = new PaperComment
        {
            SectionId = section.Id,
            Section = section,
            Text = text.Trim(),
            AuthorUserId = actor.UserId,
            AuthorName = actor.Name,
            CreatedAtUtc = actor.AtUtc,
            Revision = Revision,
        };
        Comments.Add(comment);
        return comment;
    }

    public void ResolveComment(PaperComment comment, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (!Comments.Contains(comment))
        {
            throw new DomainException("That comment is not on this paper");
        }

        if (!IsEditable)
        {
            throw new DomainException($"This paper is {Describe(Status)}: its comments are closed");
        }

        comment.Resolve(actor);
    }

    /// <summary>
    /// Saves the paper's current state as the next numbered version: what changed, the status, and the content of every
    /// section as shown (generated sections included), so any two versions can be compared section by section.
    /// </summary>
    public PaperVersion RecordVersion(string change, string content, Actor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(change);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(actor);
        Revision++;
        var version = new PaperVersion
        {
            Number = Revision,
            Status = Status,
            Change = change.Length > PaperVersion.ChangeMaxLength ? change[..PaperVersion.ChangeMaxLength] : change,
            Content = content,
            SavedAtUtc = actor.AtUtc,
            SavedByName = actor.Name,
        };
        Versions.Add(version);
        return version;
    }

    public static string Describe(PaperStatus status) => status switch
    {
        PaperStatus.Draft => "a draft",
        PaperStatus.InReview => "in review",
        PaperStatus.Approved => "approved",
        PaperStatus.Signed => "signed",
        PaperStatus.Published => "published",
        _ => status.ToString(),
    };

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(Status == PaperStatus.Published
                ? "This paper is published and never changes again"
                : $"This paper is {Describe(Status)}: return it to draft to change it");
        }
    }

    private void EnsureOwn(PaperSection section)
    {
        if (!Sections.Contains(section))
        {
            throw new DomainException("That section is not part of this paper");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The title block of a paper, as edited.</summary>
public sealed record PaperDetails(string Title, string? Subtitle, string? ProtectiveMarking, string? MeetingName, DateOnly? MeetingDate, string? ReportBy, DateOnly? PreviousReportOn);

/// <summary>A section of a paper: its code, heading, own text, and what generated content follows the text.</summary>
public class PaperSection : Entity, IAudited, IVersioned
{
    public int PaperId { get; set; }

    public string? Code { get; set; }

    public string Heading { get; set; } = string.Empty;

    public SectionContent Content { get; set; }

    public CipfaElement Elements { get; set; }

    public bool NumberParagraphs { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Structured text (see docs): paragraphs, lists, **sub-headings**.</summary>
    public string? Text { get; set; }

    public Guid Version { get; set; }

    /// <summary>"A. Scope of responsibilities", "1. Supporting Information" or just the heading.</summary>
    public string Title => Code is null ? Heading : $"{Code}. {Heading}";
}

/// <summary>A person who signs the paper (the AGS declaration), with their role and, once signed, the date.</summary>
public class PaperSignatory : Entity, IAudited
{
    public int PaperId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public DateOnly? SignedOn { get; private set; }

    public string? RecordedByName { get; private set; }

    public DateTime? RecordedAtUtc { get; private set; }

    internal void Sign(DateOnly signedOn, Actor actor)
    {
        SignedOn = signedOn;
        RecordedByName = actor.Name;
        RecordedAtUtc = actor.AtUtc;
    }

    internal void ClearSignature()
    {
        SignedOn = null;
        RecordedByName = null;
        RecordedAtUtc = null;
    }

    /// <summary>For seed data: a signature recorded on a past paper.</summary>
    public static PaperSignatory Signed(string name, string role, int sortOrder, DateOnly signedOn, Actor actor)
    {
        var signatory = new PaperSignatory { Name = name, Role = role, SortOrder = sortOrder };
        signatory.Sign(signedOn, actor);
        return signatory;
    }
}

/// <summary>A row of the document control table: "Protective Marking" – "None".</summary>
public class PaperControlEntry : Entity, IAudited
{
    public int PaperId { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public int SortOrder { get; set; }
}

/// <summary>A paper appended to a cover report.</summary>
public class PaperAppendix : Entity, IAudited
{
    public int CoverPaperId { get; set; }

    public int AppendedPaperId { get; set; }

    public Paper? AppendedPaper { get; set; }

    public string Label { get; set; } = string.Empty;

    public int SortOrder { get; set; }
}

/// <summary>A reviewer's comment on a section.</summary>
public class PaperComment : Entity, IAudited
{
    public int PaperId { get; set; }

    public int SectionId { get; set; }

    public PaperSection? Section { get; set; }

    public required string Text { get; set; }

    public string? AuthorUserId { get; set; }

    public string AuthorName { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The paper's version the comment was made on.</summary>
    public int Revision { get; set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public string? ResolvedByName { get; private set; }

    public bool IsResolved => ResolvedAtUtc is not null;

    internal void Resolve(Actor actor)
    {
        if (IsResolved)
        {
            throw new DomainException("This comment is already resolved");
        }

        ResolvedAtUtc = actor.AtUtc;
        ResolvedByName = actor.Name;
    }
}

/// <summary>
/// A saved state of a paper: its number, status, what changed, and the content of every section as shown then (a JSON
/// document written and read by the application's papers feature). Never changed after it is written.
/// </summary>
public class PaperVersion : Entity
{
    public const int ChangeMaxLength = TextLimits.Title;

    public int PaperId { get; set; }

    public int Number { get; set; }

    public PaperStatus Status { get; set; }

    public string Change { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;

    public DateTime SavedAtUtc { get; set; }

    public string SavedByName { get; set; } = string.Empty;
}
