using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;

namespace GovernancePortal.Domain.Surveys;

/// <summary>
/// One organisation's Statement of Internal Control survey for a reporting year: sections (by default one per
/// governance area) of questions, sent to senior leads as returns they complete and sign. Built as a draft; once
/// issued its structure is locked (sections, questions, scale and thresholds), and only the wording of a question can
/// be corrected, as a new numbered version. Answers live on the returns and are never copied to another year.
/// </summary>
public class Survey : Entity, IAudited, IVersioned
{
    public const int IntroductionMaxLength = TextLimits.MediumText;
    public const int DeclarationMaxLength = TextLimits.MediumText;

    /// <summary>The default assurance scale, best first.</summary>
    public static readonly IReadOnlyList<string> DefaultScale = ["Substantial assurance", "Reasonable assurance", "Limited assurance", "No assurance"];

    public const string DefaultDeclaration =
        "I am satisfied that, except where I have said otherwise in this statement, the key processes and internal controls " +
        "in the business areas under my direct supervision operated effectively during the year, against the governance " +
        "standards for each governance area.";

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public ReportingYear Year { get; set; }

    public required string Title { get; set; }

    /// <summary>What the survey is for and how to complete it, shown to respondents before the task list.</summary>
    public string? Introduction { get; set; }

    public SurveyStatus Status { get; set; } = SurveyStatus.Draft;

    /// <summary>The rating labels, best first, one per line (see <see cref="Scale"/>).</summary>
    public string ScaleLabels { get; set; } = string.Join('\n', DefaultScale);

    /// <summary>
    /// The position on the scale (0 = best) from which a rating needs a narrative: with the default scale, 2 means
    /// Limited and No assurance must be explained.
    /// </summary>
    public int NarrativeRequiredFrom { get; set; } = 2;

    /// <summary>The position on the scale from which a rating flags a candidate significant governance issue.</summary>
    public int FlagFrom { get; set; } = 2;

    /// <summary>What the signatory confirms when signing.</summary>
    public string Declaration { get; set; } = DefaultDeclaration;

    /// <summary>Reminders this many days before each return's deadline, e.g. "7,1".</summary>
    public string ReminderDaysBefore { get; set; } = "7,1";

    /// <summary>While a return is overdue, a reminder every this many days (0: none).</summary>
    public int OverdueReminderEveryDays { get; set; } = 7;

    /// <summary>An overdue return is escalated to the governance team once it is this many days late.</summary>
    public int EscalateAfterDaysOverdue { get; set; } = 7;

    public DateTime? IssuedAtUtc { get; set; }

    public string? IssuedByName { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedByName { get; set; }

    /// <summary>The survey this one was copied from (last year's), if any.</summary>
    public int? CopiedFromId { get; set; }

    public Survey? CopiedFrom { get; set; }

    public List<SurveySection> Sections { get; set; } = [];

    public List<SurveyReturn> Returns { get; set; } = [];

    public Guid Version { get; set; }

    public IReadOnlyList<string> Scale => ParseScale(ScaleLabels);

    public bool IsDraft => Status == SurveyStatus.Draft;

    public bool IsIssued => Status == SurveyStatus.Issued;

    /// <summary>Sections and questions in their order.</summary>
    public IEnumerable<SurveySection> OrderedSections => Sections.OrderBy(s => s.Order).ThenBy(s => s.Id);

    public IReadOnlyList<int> ReminderOffsets => ParseOffsets(ReminderDaysBefore);

    public static IReadOnlyList<string> ParseScale(string? labels) =>
        [.. (labels ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static IReadOnlyList<int> ParseOffsets(string? days) =>
        [.. (days ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n > 0).Distinct().OrderDescending()];

    /// <summary>The label of a rating, or null for no rating (or one off the scale).</summary>
    public string? RatingLabel(int? rating) => rating is { } r && r >= 0 && r < Scale.Count ? Scale[r] : null;

    /// <summary>A rating at or below the threshold must be explained.</summary>
    public bool NeedsNarrative(int? rating) => rating is { } r && r >= NarrativeRequiredFrom;

    /// <summary>A rating at or below the flag level is a candidate significant governance issue.</summary>
    public bool IsFlagged(int? rating) => rating is { } r && r >= FlagFrom;

    public static Survey Start(int organisationId, ReportingYear year, string title) =>
        new() { OrganisationId = organisationId, Year = year, Title = title.Trim() };

    /// <summary>
    /// Starts next year's survey from this one: the same settings, sections and questions (each question's current
    /// wording, as version 1), no respondents and no answers.
    /// </summary>
    public Survey CopyFor(ReportingYear year, string title)
    {
        var copy = new Survey
        {
            OrganisationId = OrganisationId,
            Year = year,
            Title = title.Trim(),
            Introduction = Introduction,
            ScaleLabels = ScaleLabels,
            NarrativeRequiredFrom = NarrativeRequiredFrom,
            FlagFrom = FlagFrom,
            Declaration = Declaration,
            ReminderDaysBefore = ReminderDaysBefore,
            OverdueReminderEveryDays = OverdueReminderEveryDays,
            EscalateAfterDaysOverdue = EscalateAfterDaysOverdue,
            CopiedFromId = Id,
        };
        foreach (var section in OrderedSections)
        {
            copy.Sections.Add(new SurveySection
            {
                Order = section.Order,
                Title = section.Title,
                Guidance = section.Guidance,
                GovernanceAreaId = section.GovernanceAreaId,
                Questions = [.. section.OrderedQuestions.Select(q => new SurveyQuestion { Order = q.Order, Kind = q.Kind, Text = q.Text, Hint = q.Hint, IsRequired = q.IsRequired })],
            });
        }

        return copy;
    }

    /// <summary>Changes the survey's settings. The scale and thresholds are part of its structure: draft only.</summary>
    public void Configure(SurveySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RequireNotClosed("change its settings");
        var scale = ParseScale(settings.ScaleLabels);
        var structural = scale.SequenceEqual(Scale, StringComparer.Ordinal) is false
            || settings.NarrativeRequiredFrom != NarrativeRequiredFrom || settings.FlagFrom != FlagFrom;
        if (structural)
        {
            RequireDraft("change its rating scale or thresholds");
        }

        if (scale.Count is < 2 or > 7)
        {
            throw new DomainException("Give between 2 and 7 rating levels, best first, one per line");
        }

        if (settings.NarrativeRequiredFrom < 0 || settings.NarrativeRequiredFrom >= scale.Count
            || settings.FlagFrom < 0 || settings.FlagFrom >= scale.Count)
        {
            throw new DomainException("Choose thresholds from the rating scale");
        }

        if (ParseOffsets(settings.ReminderDaysBefore).Count == 0 && !string.IsNullOrWhiteSpace(settings.ReminderDaysBefore))
        {
            throw new DomainException("Give reminder days as whole numbers separated by commas, for example 7, 1");
        }

        Title = settings.Title.Trim();
        Introduction = string.IsNullOrWhiteSpace(settings.Introduction) ? null : settings.Introduction.Trim();
        ScaleLabels = string.Join('\n', scale);
        NarrativeRequiredFrom = settings.NarrativeRequiredFrom;
        FlagFrom = settings.FlagFrom;
        Declaration = settings.Declaration.Trim();
        ReminderDaysBefore = string.Join(", ", ParseOffsets(settings.ReminderDaysBefore));
        OverdueReminderEveryDays = Math.Max(0, settings.OverdueReminderEveryDays);
        EscalateAfterDaysOverdue = Math.Max(0, settings.EscalateAfterDaysOverdue);
    }

    public SurveySection AddSection(string title, string? guidance, int? governanceAreaId)
    {
        RequireDraft("add a section");
        var section = new SurveySection
        {
            Order = Sections.Count == 0 ? 1 : Sections.Max(s => s.Order) + 1,
            Title = title.Trim(),
            Guidance = string.IsNullOrWhiteSpace(guidance) ? null : guidance.Trim(),
            GovernanceAreaId = governanceAreaId,
        };
        Sections.Add(section);
        return section;
    }

    /// <summary>Changes a section's title, guidance or area. Guidance can be improved after issue; the rest cannot.</summary>
    public void EditSection(SurveySection section, string title, string? guidance, int? governanceAreaId)
    {
        ArgumentNullException.ThrowIfNull(section);
        RequireOwn(section);
        RequireNotClosed("change a section");
        if (!string.Equals(section.Title, title.Trim(), StringComparison.Ordinal) || section.GovernanceAreaId != governanceAreaId)
        {
            RequireDraft("rename a section or change its governance area");
        }

        section.Title = title.Trim();
        section.Guidance = string.IsNullOrWhiteSpace(guidance) ? null : guidance.Trim();
        section.GovernanceAreaId = governanceAreaId;
    }

    public void RemoveSection(SurveySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        RequireOwn(section);
        RequireDraft("remove a section");
        Sections.Remove(section);
        Renumber(Sections.OrderBy(s => s.Order).ToList(), (s, n) => s.Order = n);
    }

    /// <summary>Moves a section one place up (-1) or down (+1).</summary>
    public void MoveSection(SurveySection section, int direction)
    {
        ArgumentNullException.ThrowIfNull(section);
        RequireOwn(section);
        RequireDraft("reorder its sections");
        var ordered = OrderedSections.ToList();
        Move(ordered, section, direction);
        Renumber(ordered, (s, n) => s.Order = n);
    }

    public SurveyQuestion AddQuestion(SurveySection section, QuestionKind kind, string text, string? hint, bool required)
    {
        ArgumentNullException.ThrowIfNull(section);
        RequireOwn(section);
        RequireDraft("add a question");
        var question = new SurveyQuestion
        {
            Order = section.Questions.Count == 0 ? 1 : section.Questions.Max(q => q.Order) + 1,
            Kind = kind,
            Text = text.Trim(),
            Hint = string.IsNullOrWhiteSpace(hint) ? null : hint.Trim(),
            IsRequired = required,
        };
        section.Questions.Add(question);
        return question;
    }

    /// <summary>Changes a question of a draft survey freely (no versions: nobody has answered it).</summary>
    public void EditQuestion(SurveyQuestion question, QuestionKind kind, string text, string? hint, bool required)
    {
        ArgumentNullException.ThrowIfNull(question);
        RequireOwn(question);
        RequireDraft("change a question's kind or whether it must be answered");
        question.Kind = kind;
        question.Text = text.Trim();
        question.Hint = string.IsNullOrWhiteSpace(hint) ? null : hint.Trim();
        question.IsRequired = required;
    }

    /// <summary>
    /// Corrects the wording of a question of an issued survey: the old wording is kept as a numbered version, answers
    /// record the version they were given against, and the kind and requirement do not change.
    /// </summary>
    public QuestionWording CorrectWording(SurveyQuestion question, string text, string? hint, string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOwn(question);
        if (IsDraft)
        {
            throw new DomainException("A draft survey's questions can be changed directly; corrections are for issued surveys");
        }

        RequireNotClosed("correct a question");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the wording is being corrected");
        }

        var newHint = string.IsNullOrWhiteSpace(hint) ? null : hint.Trim();
        if (string.Equals(question.Text, text.Trim(), StringComparison.Ordinal) && string.Equals(question.Hint, newHint, StringComparison.Ordinal))
        {
            throw new DomainException("The wording is unchanged");
        }

        var previous = new QuestionWording
        {
            WordingVersion = question.WordingVersion,
            Text = question.Text,
            Hint = question.Hint,
            ReplacedByName = actor.Name,
            ReplacedAtUtc = actor.AtUtc,
            Reason = reason.Trim(),
        };
        question.Wordings.Add(previous);
        question.Text = text.Trim();
        question.Hint = newHint;
        question.WordingVersion++;
        return previous;
    }

    public void RemoveQuestion(SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var section = RequireOwn(question);
        RequireDraft("remove a question");
        section.Questions.Remove(question);
        Renumber(section.Questions.OrderBy(q => q.Order).ToList(), (q, n) => q.Order = n);
    }

    public void MoveQuestion(SurveyQuestion question, int direction)
    {
        ArgumentNullException.ThrowIfNull(question);
        var section = RequireOwn(question);
        RequireDraft("reorder its questions");
        var ordered = section.OrderedQuestions.ToList();
        Move(ordered, question, direction);
        Renumber(ordered, (q, n) => q.Order = n);
    }

    /// <summary>
    /// Sends the survey to a senior lead: a return with the named signatory, the delegates who may draft it and a
    /// deadline. Respondents can be added to a draft or an issued survey (a late addition is invited at once).
    /// </summary>
    public SurveyReturn Assign(Person signatory, string? businessGroup, DateOnly deadline, IEnumerable<Person> delegates, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        ArgumentNullException.ThrowIfNull(delegates);
        RequireNotClosed("add respondents");
        if (signatory.OrganisationId != OrganisationId)
        {
            throw new DomainException($"{signatory.DisplayName} is not in this survey's organisation");
        }

        if (signatory.IsArchived)
        {
            throw new DomainException($"{signatory.DisplayName} is archived");
        }

        if (Returns.Any(r => r.SignatoryId == signatory.Id && signatory.Id != 0))
        {
            throw new DomainException($"{signatory.DisplayName} already has a return for this survey");
        }

        if (deadline < today)
        {
            throw new DomainException("The deadline must be today or later");
        }

        var surveyReturn = new SurveyReturn
        {
            Survey = this,
            Signatory = signatory,
            SignatoryId = signatory.Id,
            BusinessGroup = string.IsNullOrWhiteSpace(businessGroup) ? signatory.BusinessGroup : businessGroup.Trim(),
            Deadline = deadline,
        };
        surveyReturn.SetDelegates(delegates);
        Returns.Add(surveyReturn);
        return surveyReturn;
    }

    /// <summary>Removes a respondent who has not started. Once anyone has answered, the return stays.</summary>
    public void Unassign(SurveyReturn surveyReturn)
    {
        ArgumentNullException.ThrowIfNull(surveyReturn);
        if (!Returns.Contains(surveyReturn))
        {
            throw new DomainException("That return is not part of this survey");
        }

        if (surveyReturn.Status != ReturnStatus.NotStarted || surveyReturn.Sections.Count > 0)
        {
            throw new DomainException("This return has answers and cannot be removed");
        }

        Returns.Remove(surveyReturn);
    }

    /// <summary>
    /// Issues the survey: its structure is locked and every return is sent out (the caller queues the invitations for
    /// the returns this gives back).
    /// </summary>
    public IReadOnlyList<SurveyReturn> Issue(Actor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireDraft("issue it");
        if (Sections.Count == 0 || Sections.Any(s => s.Questions.Count == 0))
        {
            throw new DomainException("Every section needs at least one question before the survey is issued");
        }

        if (Returns.Count == 0)
        {
            throw new DomainException("Add at least one respondent before the survey is issued");
        }

        if (Returns.FirstOrDefault(r => r.Deadline < today) is { } late)
        {
            throw new DomainException($"The deadline for {late.Signatory?.DisplayName ?? "a respondent"} has passed; change it before issuing");
        }

        Status = SurveyStatus.Issued;
        IssuedAtUtc = actor.AtUtc;
        IssuedByName = actor.Name;
        foreach (var surveyReturn in Returns)
        {
            surveyReturn.RecordInvitation(actor);
        }

        return Returns;
    }

    /// <summary>Closes the survey: no more answers or signatures; returns not submitted stay as they are.</summary>
    public void Close(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != SurveyStatus.Issued)
        {
            throw new DomainException("Only an issued survey can be closed");
        }

        Status = SurveyStatus.Closed;
        ClosedAtUtc = actor.AtUtc;
        ClosedByName = actor.Name;
    }

    internal void RequireDraft(string what)
    {
        if (!IsDraft)
        {
            throw new DomainException($"This survey has been issued, so you cannot {what}");
        }
    }

    internal void RequireNotClosed(string what)
    {
        if (Status == SurveyStatus.Closed)
        {
            throw new DomainException($"This survey is closed, so you cannot {what}");
        }
    }

    private SurveySection RequireOwn(SurveySection section) =>
        Sections.Contains(section) ? section : throw new DomainException("That section is not part of this survey");

    private SurveySection RequireOwn(SurveyQuestion question) =>
        Sections.FirstOrDefault(s => s.Questions.Contains(question)) ?? throw new DomainException("That question is not part of this survey");

    private static void Move<T>(List<T> ordered, T item, int direction)
    {
        var index = ordered.IndexOf(item);
        var target = index + Math.Sign(direction);
        if (target < 0 || target >= ordered.Count)
        {
            return;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
    }

    private static void Renumber<T>(List<T> ordered, Action<T, int> setOrder)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            setOrder(ordered[i], i + 1);
        }
    }
}

/// <summary>A survey's settings as the governance team sets them.</summary>
public sealed record SurveySettings(
    string Title,
    string? Introduction,
    string ScaleLabels,
    int NarrativeRequiredFrom,
    int FlagFrom,
    string Declaration,
    string? ReminderDaysBefore,
    int OverdueReminderEveryDays,
    int EscalateAfterDaysOverdue);

public enum SurveyStatus
{
    Draft,
    Issued,
    Closed,
}

public enum QuestionKind
{
    /// <summary>An assurance rating on the survey's scale, with a narrative (required below the threshold).</summary>
    Rating,

    /// <summary>Yes, no or partly, with an optional comment.</summary>
    YesNoPartly,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>Evidence: a description and links (one per line).</summary>
    Evidence,
}

public enum YesNoPartly
{
    Yes,
    Partly,
    No,
}

public static class SurveyDisplay
{
    public static string DisplayName(this SurveyStatus status) => status switch
    {
        SurveyStatus.Draft => "Draft",
        SurveyStatus.Issued => "Issued",
        SurveyStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string DisplayName(this QuestionKind kind) => kind switch
    {
        QuestionKind.Rating => "Assurance rating",
        QuestionKind.YesNoPartly => "Yes, no or partly",
        QuestionKind.Text => "Free text",
        QuestionKind.Evidence => "Evidence (text and links)",
        _ => kind.ToString(),
    };

    public static string DisplayName(this YesNoPartly choice) => choice.ToString();
}
