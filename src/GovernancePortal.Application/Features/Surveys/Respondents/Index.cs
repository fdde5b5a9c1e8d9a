using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// A survey's respondents (/surveys/{id}/respondents): each return's signatory, business group, delegates, deadline and
/// status; and adding respondents from the organisation's people directory, filtered by business group or post, with
/// one deadline and optional delegates for all of them. A respondent added to an issued survey is invited at once.
/// </summary>
public static class ListRespondents
{
    public sealed record Query(int SurveyId, string? Group = null, string? Post = null) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, bool CanAdd, IReadOnlyList<Respondent> Respondents, IReadOnlyList<string> Groups, IReadOnlyList<Candidate> Candidates, int CandidatesInOrganisation);

    public sealed record Respondent(int ReturnId, string Signatory, string Post, string? BusinessGroup, IReadOnlyList<string> Delegates, DateOnly Deadline, ReturnStatus Status);

    public sealed record Candidate(int PersonId, string Name, string Post, string? BusinessGroup);

    public sealed class Form
    {
        public List<int> PersonIds { get; set; } = [];

        public DateParts Deadline { get; set; } = new();

        public string? Delegates { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int SurveyId, Guid Version, IReadOnlyList<int> PersonIds, DateOnly? Deadline, string? Delegates) : ICommand<Added>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    /// <summary>How many were added, and whether they were invited at once (the survey is out).</summary>
    public sealed record Added(int Count, bool Invited);

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PersonIds).NotEmpty().WithMessage("Select at least one person to add");
            RuleFor(c => c.Deadline).NotNull().WithMessage("Enter the deadline as a real date, for example 31 3 2027");
            RuleFor(c => c.Delegates).MaximumLength(2_000).WithMessage("Delegates must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command, Added>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var heading = await SurveyEdits.HeadingAsync(db, query.SurveyId, cancellationToken);
            var returns = await db.SurveyReturns.AsNoTracking().Where(r => r.SurveyId == query.SurveyId)
                .Select(r => new
                {
                    r.Id,
                    r.Signatory!.FullName,
                    r.Signatory.JobTitle,
                    r.SignatoryId,
                    r.BusinessGroup,
                    Delegates = r.Delegates.Select(d => d.Person!.FullName ?? d.Person.JobTitle).ToList(),
                    r.Deadline,
                    r.Status,
                })
                .ToListAsync(cancellationToken);
            var organisationId = await db.Surveys.AsNoTracking().Where(s => s.Id == query.SurveyId).Select(s => s.OrganisationId).SingleAsync(cancellationToken);
            var assigned = returns.Select(r => r.SignatoryId).ToHashSet();
            var people = (await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId && !p.IsArchived)
                .Select(p => new { p.Id, p.FullName, p.JobTitle, p.BusinessGroup }).ToListAsync(cancellationToken))
                .Where(p => !assigned.Contains(p.Id)).ToList();
            var post = query.Post?.Trim();
            var candidates = people
                .Where(p => string.IsNullOrWhiteSpace(query.Group) || string.Equals(p.BusinessGroup, query.Group, StringComparison.OrdinalIgnoreCase))
                .Where(p => string.IsNullOrEmpty(post) || p.JobTitle.Contains(post, StringComparison.OrdinalIgnoreCase) || (p.FullName?.Contains(post, StringComparison.OrdinalIgnoreCase) ?? false))
                .OrderBy(p => p.BusinessGroup ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(p => p.JobTitle, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Candidate(p.Id, p.FullName ?? "Not recorded", p.JobTitle, p.BusinessGroup))
                .ToList();
            var groups = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId && !p.IsArchived && p.BusinessGroup != null)
                .Select(p => p.BusinessGroup!).Distinct().ToListAsync(cancellationToken);
            return new View(
                heading,
                heading.Status != SurveyStatus.Closed,
                [.. returns.OrderBy(r => r.BusinessGroup ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(r => r.JobTitle, StringComparer.OrdinalIgnoreCase)
                    .Select(r => new Respondent(r.Id, r.FullName ?? "Not recorded", r.JobTitle, r.BusinessGroup, r.Delegates, r.Deadline, r.Status))],
                [.. groups.Order(StringComparer.OrdinalIgnoreCase)],
                candidates,
                people.Count);
        }

        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            var today = time.Today();
            if (command.Deadline < today)
            {
                throw Validation.Fail(nameof(Command.Deadline), "The deadline must be today or later");
            }

            var people = await RespondentPeople.LoadAsync(db, survey.OrganisationId, cancellationToken);
            var (delegates, problems) = people.FindDelegates(command.Delegates);
            if (problems.Count > 0)
            {
                throw Validation.Fail(nameof(Command.Delegates), $"Check the delegates: {problems[0]["delegate: ".Length..]}");
            }

            var added = new List<SurveyReturn>();
            foreach (var id in command.PersonIds.Distinct())
            {
                var person = people.All.SingleOrDefault(p => p.Id == id) ?? throw Validation.Fail(nameof(Command.PersonIds), "Select people from the list");
                added.Add(survey.Assign(person, null, command.Deadline!.Value, delegates, today));
            }

            await RespondentInvitations.SaveAndInviteIfIssuedAsync(db, user, time, survey, added, cancellationToken);
            return new Added(added.Count, survey.IsIssued);
        }
    }
}
