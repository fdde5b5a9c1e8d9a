using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// Who may work on a return, checked in one place: completing a return (<see cref="Permission.CompleteSurvey"/> on a
/// <see cref="ScopeTarget.SurveyReturn"/>) needs the permission for the return's organisation and the return to name
/// the user, as its signatory or a delegate (a Person linked to their account); signing needs the signatory.
/// <see cref="AuthorizationBehavior{TMessage, TResponse}"/> calls <see cref="DemandAsync"/> before validation. The
/// governance team holds CompleteSurvey too, but drafts only the returns that name them.
/// </summary>
public static class ReturnAccess
{
    /// <summary>A use case only the return's named signatory may send (signing).</summary>
    public interface ISignatoryOnly;

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The people (posts) linked to the user's account: a user may hold several.</summary>
    public static async Task<List<int>> MyPeopleAsync(GovernancePortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId is null)
        {
            return [];
        }

        return await db.People.AsNoTracking().Where(p => p.UserId == user.UserId).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// 404 when there is no such return; 403 without CompleteSurvey for its organisation, when the return does not
    /// name the user, or (for <paramref name="sign"/>) when the user is not its signatory.
    /// </summary>
    public static async Task DemandAsync(GovernancePortalDbContext db, ICurrentUser user, int returnId, bool sign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var found = await db.SurveyReturns.AsNoTracking()
            .Where(r => r.Id == returnId)
            .Select(r => new { r.Survey!.Organisation!.Code, r.SignatoryId, Delegates = r.Delegates.Select(d => d.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such return.");
        AccessMatrix.Demand(user, Permission.CompleteSurvey, found.Code);
        var mine = await MyPeopleAsync(db, user, cancellationToken);
        var probe = new SurveyReturn { SignatoryId = found.SignatoryId, Delegates = [.. found.Delegates.Select(id => new ReturnDelegate { PersonId = id })] };
        if (!probe.CanDraft(mine))
        {
            throw new ForbiddenException("This return is not yours: only its signatory and their delegates can complete it.");
        }

        if (sign && !probe.CanSign(mine))
        {
            throw new ForbiddenException("Only the named signatory can sign this return. A delegate can draft it but not sign it.");
        }
    }

    /// <summary>
    /// The return with what saving a section needs and no more (the busiest write of the survey): its survey's sections
    /// and questions, and its sections' answers.
    /// </summary>
    public static async Task<SurveyReturn> LoadForAnswersAsync(GovernancePortalDbContext db, int returnId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.SurveyReturns.AsTracking()
            .Include(r => r.Survey!).ThenInclude(s => s.Sections).ThenInclude(s => s.Questions)
            .Include(r => r.Sections).ThenInclude(s => s.Answers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == returnId, cancellationToken)
            ?? throw new NotFoundException("There is no such return.");
    }

    /// <summary>The return with everything completing it needs: its survey (sections, questions), answers, signatory and delegates.</summary>
    public static async Task<SurveyReturn> LoadAsync(GovernancePortalDbContext db, int returnId, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.SurveyReturns
            .Include(r => r.Survey!).ThenInclude(s => s.Sections).ThenInclude(s => s.Questions)
            .Include(r => r.Survey!).ThenInclude(s => s.Organisation)
            .Include(r => r.Sections).ThenInclude(s => s.Answers)
            .Include(r => r.Signatory)
            .Include(r => r.Delegates).ThenInclude(d => d.Person)
            .Include(r => r.Events)
            .AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == returnId, cancellationToken)
            ?? throw new NotFoundException("There is no such return.");
    }

    /// <summary>The reason given when the return was last reopened, while it is reopened.</summary>
    public static string? ReopenedReason(SurveyReturn surveyReturn)
    {
        ArgumentNullException.ThrowIfNull(surveyReturn);
        return surveyReturn.Status == ReturnStatus.Reopened
            ? surveyReturn.Events.Where(e => e.Kind == ReturnEventKind.Reopened).MaxBy(e => e.AtUtc)?.Note
            : null;
    }

    /// <summary>An answer in words: the rating's label or the choice, then the narrative, comment or text, then links.</summary>
    public static string? AnswerText(Survey survey, SurveyAnswer? answer)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (answer is null)
        {
            return null;
        }

        var parts = new List<string?>
        {
            survey.RatingLabel(answer.Rating),
            answer.Choice?.DisplayName(),
            answer.Text,
            answer.Links,
        };
        var words = string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return words.Length == 0 ? null : words;
    }

    /// <summary>A section's answers as now saved, in the words of the section page (for a conflict).</summary>
    public static IReadOnlyDictionary<string, string?> SectionValues(Survey survey, SurveySection section, ReturnSection? saved)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(section);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var number = 0;
        foreach (var question in section.OrderedQuestions)
        {
            number++;
            values[$"{number}. {question.Text}"] = AnswerText(survey, saved?.Answers.FirstOrDefault(a => a.QuestionId == question.Id));
        }

        values["Section completed"] = saved is null ? "No" : saved.IsComplete ? "Yes" : "No";
        if (saved?.LastSavedByName is { } by && saved.LastSavedAtUtc is { } at)
        {
            values["Last saved"] = $"by {by}, {Audit.AuditDisplay.When(at)}";
        }

        return values;
    }
}
