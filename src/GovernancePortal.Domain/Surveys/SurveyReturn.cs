using System.Linq.Expressions;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;

namespace GovernancePortal.Domain.Surveys;

/// <summary>
/// One senior lead's Statement of Internal Control: the survey sent to a named signatory, drafted by them or their
/// delegates section by section, checked, and signed by the signatory alone. Submission locks it; the governance team
/// can reopen it with a reason. Its <see cref="Events"/> are its history (invited, reminded, escalated, submitted,
/// reopened).
/// </summary>
public class SurveyReturn : Entity, IAudited, IVersioned
{
    public const int ReasonMaxLength = 2_000;

    public int SurveyId { get; set; }

    public Survey? Survey { get; set; }

    /// <summary>The person who must sign the return.</summary>
    public int SignatoryId { get; set; }

    public Person? Signatory { get; set; }

    /// <summary>The business group the return is counted under, as it stood when the lead was asked.</summary>
    public string? BusinessGroup { get; set; }

    public DateOnly Deadline { get; set; }

    public ReturnStatus Status { get; set; } = ReturnStatus.NotStarted;

    public List<ReturnDelegate> Delegates { get; set; } = [];

    public List<ReturnSection> Sections { get; set; } = [];

    public List<ReturnEvent> Events { get; set; } = [];

    public List<InterviewNote> InterviewNotes { get; set; } = [];

    [NotVersioned]
    public DateTime? InvitedAtUtc { get; set; }

    [NotVersioned]
    public DateTime? LastReminderAtUtc { get; set; }

    [NotVersioned]
    public int RemindersSent { get; set; }

    [NotVersioned]
    public DateTime? EscalatedAtUtc { get; set; }

    public string? SignedByName { get; set; }

    public string? SignedByRole { get; set; }

    public DateOnly? SignedOn { get; set; }

    public string? SignedByUserId { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public Guid Version { get; set; }

    public bool IsSubmitted => Status == ReturnStatus.Submitted;

    public bool IsOverdue(DateOnly today) => ReturnRules.Overdue(this, today);

    public int DaysOverdue(DateOnly today) => IsOverdue(today) ? today.DayNumber - Deadline.DayNumber : 0;

    /// <summary>The signatory or a delegate: may draft answers.</summary>
    public bool CanDraft(IReadOnlyCollection<int> personIds)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        return personIds.Contains(SignatoryId) || Delegates.Any(d => personIds.Contains(d.PersonId));
    }

    /// <summary>Only the named signatory signs.</summary>
    public bool CanSign(IReadOnlyCollection<int> personIds)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        return personIds.Contains(SignatoryId);
    }

    public ReturnSection? SectionFor(int sectionId) => Sections.FirstOrDefault(s => s.SectionId == sectionId);

    private ReturnSection? SectionFor(SurveySection section) =>
        Sections.FirstOrDefault(s => ReferenceEquals(s.Section, section) || (section.Id != 0 && s.SectionId == section.Id));

    /// <summary>The task-list status of a section of this return.</summary>
    public SectionProgress ProgressOf(SurveySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var saved = SectionFor(section);
        if (saved is null || saved.Answers.Count == 0 && !saved.IsComplete)
        {
            return SectionProgress.NotStarted;
        }

        return saved.IsComplete ? SectionProgress.Completed : SectionProgress.InProgress;
    }

    /// <summary>Every section is completed: the return can be checked and signed.</summary>
    public bool IsComplete(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Sections.All(s => ProgressOf(s) == SectionProgress.Completed);
    }

    /// <summary>
    /// Saves the answers to one section, as the signatory or a delegate. Answers may be saved unfinished; marking
    /// the section complete needs every required question answered and a narrative for every rating at or below
    /// the survey's threshold. Returns what is missing when <paramref name="markComplete"/> cannot be honoured (the
    /// answers are not saved then).
    /// </summary>
    public ReturnSection SaveSection(Survey survey, SurveySection section, IReadOnlyList<AnswerInput> answers, bool markComplete, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenForAnswers(survey);
        if (!survey.Sections.Contains(section))
        {
            throw new DomainException("That section is not part of this survey");
        }

        var problems = Check(survey, section, answers, markComplete);
        if (problems.Count > 0)
        {
            throw new AnswerProblemsException(problems);
        }

        var saved = SectionFor(section);
        if (saved is null)
        {
            saved = new ReturnSection { SectionId = section.Id, Section = section };
            Sections.Add(saved);
        }

        foreach (var question in section.OrderedQuestions)
        {
            var input = answers.FirstOrDefault(a => a.QuestionId == question.Id);
            var existing = saved.Answers.FirstOrDefault(a => a.QuestionId == question.Id);
            if (input is null || input.IsEmpty)
            {
                if (existing is not null)
                {
                    saved.Answers.Remove(existing);
                }

                continue;
            }

            existing ??= Add(saved, question);
            existing.Rating = question.Kind == QuestionKind.Rating ? input.Rating : null;
            existing.Choice = question.Kind == QuestionKind.YesNoPartly ? input.Choice : null;
            existing.Text = Clean(input.Text);
            existing.Links = question.Kind == QuestionKind.Evidence ? Clean(input.Links) : null;
            existing.WordingVersion = question.WordingVersion;
            existing.AnsweredByName = actor.Name;
            existing.AnsweredAtUtc = actor.AtUtc;
        }

        saved.IsComplete = markComplete;
        saved.LastSavedByName = actor.Name;
        saved.LastSavedAtUtc = actor.AtUtc;
        if (Status == ReturnStatus.NotStarted)
        {
            Status = ReturnStatus.InProgress;
        }

        return saved;

        static SurveyAnswer Add(ReturnSection saved, SurveyQuestion question)
        {
            var answer = new SurveyAnswer { QuestionId = question.Id, Question = question, AnsweredByName = string.Empty };
            saved.Answers.Add(answer);
            return answer;
        }
    }

    /// <summary>What stops these answers from being saved (values off the scale) or the section from being complete.</summary>
    public static IReadOnlyList<AnswerProblem> Check(Survey survey, SurveySection section, IReadOnlyList<AnswerInput> answers, bool markComplete)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<AnswerProblem>();
        foreach (var question in section.OrderedQuestions)
        {
            var input = answers.FirstOrDefault(a => a.QuestionId == question.Id);
            if (input?.Rating is { } rating && (rating < 0 || rating >= survey.Scale.Count))
            {
                problems.Add(new(question.Id, AnswerField.Rating, "Choose a rating from the scale"));
                continue;
            }

            if (input is not null && (input.Text?.Length > TextLimits.MediumText || input.Links?.Length > TextLimits.MediumText))
            {
                problems.Add(new(question.Id, AnswerField.Text, $"Answers must be {TextLimits.MediumText:N0} characters or fewer"));
                continue;
            }

            if (!markComplete)
            {
                continue;
            }

            var empty = input is null || input.IsEmpty;
            switch (question.Kind)
            {
                case QuestionKind.Rating when input?.Rating is null && question.IsRequired:
                    problems.Add(new(question.Id, AnswerField.Rating, $"Choose a rating for: {question.Text}"));
                    break;
                case QuestionKind.Rating when survey.NeedsNarrative(input?.Rating) && string.IsNullOrWhiteSpace(input?.Text):
                    problems.Add(new(question.Id, AnswerField.Text, $"Explain the rating of {survey.RatingLabel(input!.Rating)}: what is not working and what is being done"));
                    break;
                case QuestionKind.YesNoPartly when input?.Choice is null && question.IsRequired:
                    problems.Add(new(question.Id, AnswerField.Choice, $"Answer yes, no or partly: {question.Text}"));
                    break;
                case QuestionKind.YesNoPartly when input?.Choice is YesNoPartly.No or YesNoPartly.Partly && string.IsNullOrWhiteSpace(input.Text):
                    problems.Add(new(question.Id, AnswerField.Text, $"Explain your answer of {input.Choice.Value.DisplayName().ToLowerInvariant()}"));
                    break;
                case QuestionKind.Text or QuestionKind.Evidence when empty && question.IsRequired:
                    problems.Add(new(question.Id, AnswerField.Text, $"Answer: {question.Text}"));
                    break;
            }
        }

        return problems;
    }

    /// <summary>
    /// The signatory signs the completed return: name, role and date as they give them and an explicit confirmation of
    /// the declaration. The return is then locked.
    /// </summary>
    public void Submit(Survey survey, IReadOnlyCollection<int> signerPersonIds, string name, string role, DateOnly signedOn, bool confirmed, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenForAnswers(survey);
        if (!CanSign(signerPersonIds))
        {
            throw new DomainException("Only the named signatory can sign this return. A delegate can draft it but not sign it.");
        }

        if (!IsComplete(survey))
        {
            throw new DomainException("Complete every section before signing");
        }

        if (!confirmed)
        {
            throw new DomainException("Confirm the declaration to sign the return");
        }

        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(role))
        {
            throw new DomainException("Give your name and role");
        }

        var today = DateOnly.FromDateTime(Time.LondonClock.ToLondon(actor.AtUtc));
        if (signedOn > today)
        {
            throw new DomainException("The date signed cannot be in the future");
        }

        Status = ReturnStatus.Submitted;
        SignedByName = name.Trim();
        SignedByRole = role.Trim();
        SignedOn = signedOn;
        SignedByUserId = actor.UserId;
        SubmittedAtUtc = actor.AtUtc;
        Events.Add(new ReturnEvent { Kind = ReturnEventKind.Submitted, AtUtc = actor.AtUtc, ByName = actor.Name, Note = $"Signed by {SignedByName}, {SignedByRole}, on {signedOn:d MMMM yyyy}" });
    }

    /// <summary>The governance team reopens a submitted return, with a reason; the signatory is told and must sign again.</summary>
    public void Reopen(Survey survey, string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsSubmitted)
        {
            throw new DomainException("Only a submitted return can be reopened");
        }

        survey.RequireNotClosed("reopen a return");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason for reopening the return");
        }

        Status = ReturnStatus.Reopened;
        Events.Add(new ReturnEvent { Kind = ReturnEventKind.Reopened, AtUtc = actor.AtUtc, ByName = actor.Name, Note = reason.Trim() });
        SignedByName = null;
        SignedByRole = null;
        SignedOn = null;
        SignedByUserId = null;
        SubmittedAtUtc = null;
    }

    /// <summary>Changes who may draft the return and its deadline (before it is submitted).</summary>
    public void ChangeAssignment(DateOnly deadline, IEnumerable<Person> delegates, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(delegates);
        if (IsSubmitted)
        {
            throw new DomainException("This return has been submitted; reopen it first");
        }

        if (deadline != Deadline && deadline < today)
        {
            throw new DomainException("The deadline must be today or later");
        }

        Deadline = deadline;
        SetDelegates(delegates);
    }

    internal void SetDelegates(IEnumerable<Person> delegates)
    {
        var wanted = delegates.Where(p => !IsSignatory(p)).Distinct().ToList();
        if (wanted.Any(p => p.IsArchived))
        {
            throw new DomainException("An archived person cannot be a delegate");
        }

        Delegates.RemoveAll(d => !wanted.Any(p => Matches(d, p)));
        foreach (var person in wanted.Where(p => !Delegates.Any(d => Matches(d, p))))
        {
            Delegates.Add(new ReturnDelegate { Person = person, PersonId = person.Id });
        }

        bool IsSignatory(Person p) => ReferenceEquals(p, Signatory) || (p.Id != 0 && p.Id == SignatoryId);

        static bool Matches(ReturnDelegate d, Person p) => ReferenceEquals(d.Person, p) || (p.Id != 0 && d.PersonId == p.Id);
    }

    public void RecordInvitation(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        InvitedAtUtc = actor.AtUtc;
        Events.Add(new ReturnEvent { Kind = ReturnEventKind.Invited, AtUtc = actor.AtUtc, ByName = actor.Name });
    }

    /// <summary>A reminder was queued for the signatory (and delegates).</summary>
    public void RecordReminder(DateTime atUtc, string note)
    {
        LastReminderAtUtc = atUtc;
        RemindersSent++;
        Events.Add(new ReturnEvent { Kind = ReturnEventKind.Reminded, AtUtc = atUtc, ByName = ReturnEvent.SystemName, Note = note });
    }

    /// <summary>The overdue return was escalated to the governance team (once).</summary>
    public void RecordEscalation(DateTime atUtc, string note)
    {
        EscalatedAtUtc = atUtc;
        Events.Add(new ReturnEvent { Kind = ReturnEventKind.Escalated, AtUtc = atUtc, ByName = ReturnEvent.SystemName, Note = note });
    }

    public InterviewNote AddInterviewNote(DateOnly heldOn, string notes, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(notes))
        {
            throw new DomainException("Enter the notes of the interview");
        }

        var today = DateOnly.FromDateTime(Time.LondonClock.ToLondon(actor.AtUtc));
        if (heldOn > today)
        {
            throw new DomainException("The interview date cannot be in the future");
        }

        var note = new InterviewNote { HeldOn = heldOn, Notes = notes.Trim(), RecordedByName = actor.Name, RecordedAtUtc = actor.AtUtc };
        InterviewNotes.Add(note);
        return note;
    }

    /// <summary>Refuses (with the reason) when answers cannot be saved or signed: the survey is not issued, or the return is signed.</summary>
    public void RequireOpenForAnswers(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (survey.Status != SurveyStatus.Issued)
        {
            throw new DomainException(survey.Status == SurveyStatus.Closed ? "This survey is closed" : "This survey has not been issued yet");
        }

        if (IsSubmitted)
        {
            throw new DomainException("This return has been signed and submitted, so it cannot be changed. Ask the governance team to reopen it.");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}

/// <summary>The status and task-list words of returns and sections, and the overdue rule written once.</summary>
public static class ReturnRules
{
    /// <summary>Overdue: not submitted and past its deadline. The one statement of the rule.</summary>
    private static readonly Expression<Func<SurveyReturn, DateOnly, bool>> OverdueRule =
        (r, today) => r.Status != ReturnStatus.Submitted && r.Deadline < today;

    private static readonly Func<SurveyReturn, DateOnly, bool> OverdueCompiled = OverdueRule.Compile();

    /// <summary><see cref="OverdueOn"/> for one loaded return.</summary>
    public static bool Overdue(SurveyReturn r, DateOnly today) => OverdueCompiled(r, today);

    /// <summary>The overdue rule as of <paramref name="today"/>, for queries (EF Core sends the date as a parameter).</summary>
    public static Expression<Func<SurveyReturn, bool>> OverdueOn(DateOnly today)
    {
        var holder = Expression.Property(Expression.Constant(new DateHolder(today)), nameof(DateHolder.Value));
        var body = new Substitute(OverdueRule.Parameters[1], holder).Visit(OverdueRule.Body)!;
        return Expression.Lambda<Func<SurveyReturn, bool>>(body, OverdueRule.Parameters[0]);
    }

    private sealed record DateHolder(DateOnly Value);

    private sealed class Substitute(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }

    public static string DisplayName(this ReturnStatus status) => status switch
    {
        ReturnStatus.NotStarted => "Not started",
        ReturnStatus.InProgress => "In progress",
        ReturnStatus.Submitted => "Submitted",
        ReturnStatus.Reopened => "Reopened",
        _ => status.ToString(),
    };

    public static string DisplayName(this SectionProgress progress) => progress switch
    {
        SectionProgress.NotStarted => "Not yet started",
        SectionProgress.InProgress => "In progress",
        SectionProgress.Completed => "Completed",
        _ => progress.ToString(),
    };

    public static string DisplayName(this ReturnEventKind kind) => kind switch
    {
        ReturnEventKind.Invited => "Invited",
        ReturnEventKind.Reminded => "Reminder sent",
        ReturnEventKind.Escalated => "Escalated to the governance team",
        ReturnEventKind.Submitted => "Signed and submitted",
        ReturnEventKind.Reopened => "Reopened",
        _ => kind.ToString(),
    };
}

public enum ReturnStatus
{
    NotStarted,
    InProgress,
    Submitted,

    /// <summary>Submitted, then reopened by the governance team: being changed, to be signed again.</summary>
    Reopened,
}

public enum SectionProgress
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>A person who may draft a return for its signatory.</summary>
public class ReturnDelegate : Entity, IAudited
{
    public int ReturnId { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }
}

/// <summary>
/// A return's answers to one section. Its <see cref="Version"/> guards the section form, so two people (signatory and
/// delegate, or two tabs) saving the same section see a conflict instead of overwriting each other.
/// </summary>
public class ReturnSection : Entity, IAudited, IVersioned
{
    public int ReturnId { get; set; }

    public SurveyReturn? Return { get; set; }

    public int SectionId { get; set; }

    public SurveySection? Section { get; set; }

    /// <summary>The respondent said the section is finished (only possible when it is complete).</summary>
    public bool IsComplete { get; set; }

    public string? LastSavedByName { get; set; }

    public DateTime? LastSavedAtUtc { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>One answer: a rating (position on the scale, 0 = best), a yes/no/partly, text (the narrative, comment or evidence) and links.</summary>
public class SurveyAnswer : Entity, IAudited
{
    public int ReturnSectionId { get; set; }

    public int QuestionId { get; set; }

    public SurveyQuestion? Question { get; set; }

    public int? Rating { get; set; }

    public YesNoPartly? Choice { get; set; }

    public string? Text { get; set; }

    /// <summary>Evidence links, one per line.</summary>
    public string? Links { get; set; }

    /// <summary>The wording of the question the answer was given against.</summary>
    public int WordingVersion { get; set; } = 1;

    public required string AnsweredByName { get; set; }

    public DateTime AnsweredAtUtc { get; set; }
}

/// <summary>What a respondent entered for one question.</summary>
public sealed record AnswerInput(int QuestionId, int? Rating, YesNoPartly? Choice, string? Text, string? Links)
{
    public bool IsEmpty => Rating is null && Choice is null && string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Links);
}

public enum AnswerField
{
    Rating,
    Choice,
    Text,
}

public sealed record AnswerProblem(int QuestionId, AnswerField Field, string Message);

/// <summary>The answers cannot be saved as given; each problem names its question and field.</summary>
public sealed class AnswerProblemsException(IReadOnlyList<AnswerProblem> problems)
    : DomainException(problems.Count > 0 ? problems[0].Message : "Check your answers")
{
    public IReadOnlyList<AnswerProblem> Problems { get; } = problems;
}

/// <summary>Something that happened to a return.</summary>
public class ReturnEvent : Entity, IAudited
{
    public const string SystemName = "Governance Portal (automatic)";

    public int ReturnId { get; set; }

    public ReturnEventKind Kind { get; set; }

    public DateTime AtUtc { get; set; }

    public required string ByName { get; set; }

    public string? Note { get; set; }
}

public enum ReturnEventKind
{
    Invited,
    Reminded,
    Escalated,
    Submitted,
    Reopened,
}

/// <summary>Notes of the governance team's follow-up interview with the lead about their return.</summary>
public class InterviewNote : Entity, IAudited
{
    public int ReturnId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Notes { get; set; }

    public required string RecordedByName { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
