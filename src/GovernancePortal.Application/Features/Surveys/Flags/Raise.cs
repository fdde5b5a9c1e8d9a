using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Actions;
using GovernancePortal.Application.Features.Improvement.Areas;
using GovernancePortal.Application.Features.Surveys.Analysis;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Flags;

/// <summary>
/// Turns a flag (an area that submitted returns rated at or below the survey's flag level) into an improvement area
/// of an open plan of the same organisation, or an improvement action in an area of such a plan (source: the SIC
/// survey), prefilled from the flag; records the flag and the returns it came from, all in one save. Needs both the
/// survey and the improvement plan permissions for the organisation.
/// </summary>
public static class RaiseFlag
{
    public sealed record Query(int SurveyId, int SectionId) : IQuery<Form>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    /// <summary>What the form offers and how it starts: the flagged returns, the open plans and their areas, the organisation's people.</summary>
    public sealed record Form(
        AnalysisHeading Survey,
        int SectionId,
        string SectionTitle,
        IReadOnlyList<FlaggedReturn> Returns,
        IReadOnlyList<(int Id, string Text)> Plans,
        IReadOnlyList<(int Id, string Text)> Areas,
        IReadOnlyList<(int Id, string Text)> People,
        IReadOnlyList<RaisedBefore> Raised,
        Command Prefilled);

    public sealed record FlaggedReturn(int ReturnId, string Signatory, string Group, string Word);

    public sealed record RaisedBefore(int? ImprovementAreaId, int? ImprovementActionId, string Text, string RaisedByName, DateTime RaisedAtUtc);

    public enum RaiseAs
    {
        Action,
        Area,
    }

    /// <summary>The page binds the command as its form (Input); the survey and section come from the route.</summary>
    public sealed record Command : ICommand<Raised>, IOrganisationScoped
    {
        public int SurveyId { get; set; }

        public int SectionId { get; set; }

        public RaiseAs? Kind { get; set; }

        /// <summary>The open plan a new improvement area goes in.</summary>
        public int? PlanId { get; set; }

        /// <summary>The improvement area (of an open plan) a new action goes in.</summary>
        public int? AreaId { get; set; }

        /// <summary>The new area's or action's code (optional: an action takes its area's next code).</summary>
        public string? Code { get; set; }

        /// <summary>The new area's title.</summary>
        public string? Title { get; set; }

        /// <summary>The action's description, or the area's main issue.</summary>
        public string? Description { get; set; }

        public int? OwnerId { get; set; }

        /// <summary>The flagged returns the record is raised from.</summary>
        public List<int> ReturnIds { get; set; } = [];

        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    /// <summary>What was created, for the page to go to: an action's id, or an area's id with its plan's slug.</summary>
    public sealed record Raised(RaiseAs Kind, int Id, string OrganisationCode, string PlanSlug);

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().WithMessage("Choose whether to raise an improvement action or an improvement area");
            RuleFor(c => c.AreaId).NotNull().When(c => c.Kind == RaiseAs.Action).WithMessage("Choose the improvement area the action belongs to");
            RuleFor(c => c.PlanId).NotNull().When(c => c.Kind == RaiseAs.Area).WithMessage("Choose the improvement plan the area belongs to");
            this.RuleForCleaned(c => c.Code, CleanText.OptionalLine).MaximumLength(TextLimits.Code).WithMessage($"The code must be {TextLimits.Code} characters or fewer");
            this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
                .NotEmpty().When(c => c.Kind == RaiseAs.Area).WithMessage("Enter the area's title")
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
            this.RuleForCleaned(c => c.Description, CleanText.Multiline)
                .NotEmpty().WithMessage("Describe the issue to be addressed")
                .MaximumLength(TextLimits.MediumText).WithMessage($"The description must be {TextLimits.MediumText:N0} characters or fewer");
            RuleFor(c => c.ReturnIds).NotEmpty().WithMessage("Choose at least one of the returns the flag comes from");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
        : IQueryHandler<Query, Form>, ICommandHandler<Command, Raised>
    {
        public async ValueTask<Form> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var (survey, section) = await LoadAsync(query.SurveyId, query.SectionId, cancellationToken);
            var flagged = await FlaggedAsync(survey, section, cancellationToken);
            var plans = await db.ImprovementPlans.AsNoTracking()
                .Where(p => p.OrganisationId == survey.OrganisationId && p.Status == PlanStatus.Active)
                .OrderByDescending(p => p.FirstYear).ThenBy(p => p.Title)
                .Select(p => new { p.Id, p.Title })
                .ToListAsync(cancellationToken);
            var planIds = plans.Select(p => p.Id).ToList();
            var areas = await db.ImprovementAreas.AsNoTracking().Include(a => a.Plan)
                .Where(a => planIds.Contains(a.PlanId))
                .ToListAsync(cancellationToken);
            var people = await db.People.AsNoTracking()
                .Where(p => p.OrganisationId == survey.OrganisationId && !p.IsArchived)
                .OrderBy(p => p.JobTitle).ThenBy(p => p.FullName)
                .ToListAsync(cancellationToken);
            var raised = await db.SurveyFlags.AsNoTracking().Include(f => f.ImprovementArea).Include(f => f.ImprovementAction)
                .Where(f => f.SurveyId == survey.Id && f.SectionId == section.Id)
                .OrderBy(f => f.RaisedAtUtc)
                .ToListAsync(cancellationToken);

            var words = flagged.Select(r => r.Word).Distinct().ToList();
            var prefilled = new Command
            {
                SurveyId = survey.Id,
                SectionId = section.Id,
                Kind = RaiseAs.Action,
                Title = $"{section.Title} ({survey.Title})",
                Description = $"The Statement of Internal Control survey {survey.Year} ({survey.Title}) flagged {section.Title}: "
                    + $"{Plural.Of(flagged.Count, "submitted return")} rated it {string.Join(" or ", words)} "
                    + $"({string.Join(", ", flagged.Select(r => r.Group).Distinct(StringComparer.OrdinalIgnoreCase))}).",
                ReturnIds = [.. flagged.Select(r => r.ReturnId)],
            };
            return new Form(
                AnalysisData.Heading(survey),
                section.Id,
                section.Title,
                flagged,
                [.. plans.Select(p => (p.Id, p.Title))],
                [.. areas.OrderBy(a => planIds.IndexOf(a.PlanId)).ThenBy(a => a.Sequence).Select(a => (a.Id, $"{a.Plan!.Title}: {a.DisplayCode} {a.Title}"))],
                [.. people.Select(p => (p.Id, p.DisplayName))],
                [.. raised.Select(f => new RaisedBefore(
                    f.ImprovementAreaId,
                    f.ImprovementActionId,
                    f.ImprovementAction is { } action ? $"Improvement action {action.Code}" : f.ImprovementArea is { } area ? $"Improvement area {area.DisplayCode} {area.Title}" : "A record since removed",
                    f.RaisedByName,
                    f.RaisedAtUtc))],
                prefilled);
        }

        public async ValueTask<Raised> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (survey, section) = await LoadAsync(command.SurveyId, command.SectionId, cancellationToken);
            var flagged = await FlaggedAsync(survey, section, cancellationToken);
            var sources = command.ReturnIds.Distinct().ToList();
            if (sources.Any(id => flagged.All(r => r.ReturnId != id)))
            {
                throw Validation.Fail(nameof(Command.ReturnIds), $"Choose returns that rated {section.Title} {survey.RatingLabel(survey.FlagFrom)} or worse");
            }

            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            var flag = new SurveyFlag
            {
                SurveyId = survey.Id,
                SectionId = section.Id,
                RaisedByName = actor.Name,
                RaisedAtUtc = actor.AtUtc,
                Sources = [.. sources.Select(id => new SurveyFlagSource { ReturnId = id })],
            };
            Raised raised;
            if (command.Kind == RaiseAs.Area)
            {
                var plan = await OpenPlanAsync(survey, command.PlanId, nameof(Command.PlanId), cancellationToken);
                var area = await AreaSaving.PrepareAsync(db, plan.Id, null, new AreaInput
                {
                    Code = command.Code,
                    Title = command.Title,
                    Tier = ImprovementTier.Standard,
                    MainIssue = command.Description,
                    LeadIds = command.OwnerId is { } lead ? [lead] : [],
                    GovernanceAreaIds = section.GovernanceAreaId is { } governanceArea ? [governanceArea] : [],
                }, cancellationToken);
                flag.ImprovementArea = area;
                db.SurveyFlags.Add(flag);
                await db.SaveChangesAsync(cancellationToken);
                raised = new Raised(RaiseAs.Area, area.Id, plan.Organisation!.Code, plan.Slug);
            }
            else
            {
                var planId = await db.ImprovementAreas.AsNoTracking().Where(a => a.Id == command.AreaId).Select(a => (int?)a.PlanId).SingleOrDefaultAsync(cancellationToken);
                var plan = await OpenPlanAsync(survey, planId, nameof(Command.AreaId), cancellationToken);
                var action = await ActionSaving.PrepareAsync(db, user, time, plan.Id, null, new ActionInput
                {
                    AreaId = command.AreaId,
                    Code = command.Code,
                    Description = command.Description,
                    OwnerId = command.OwnerId,
                    Source = ActionSource.SicSurvey,
                    SourceReference = SourceReference(survey, section),
                }, null, cancellationToken);
                flag.ImprovementAction = action;
                db.SurveyFlags.Add(flag);
                await db.SaveChangesAsync(cancellationToken);
                raised = new Raised(RaiseAs.Action, action.Id, plan.Organisation!.Code, plan.Slug);
            }

            return raised;
        }

        /// <summary>"SIC survey 2019/20, Risk management": the action's source reference, within its length.</summary>
        public static string SourceReference(Survey survey, SurveySection section)
        {
            ArgumentNullException.ThrowIfNull(survey);
            ArgumentNullException.ThrowIfNull(section);
            var reference = $"SIC survey {survey.Year}, {section.Title}";
            return reference.Length <= ImprovementAction.ReferenceMaxLength ? reference : reference[..(ImprovementAction.ReferenceMaxLength - 1)] + "…";
        }

        private async Task<(Survey Survey, SurveySection Section)> LoadAsync(int surveyId, int sectionId, CancellationToken cancellationToken)
        {
            var survey = await db.Surveys.AsNoTracking().Include(s => s.Organisation).Include(s => s.Sections)
                .SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
                ?? throw new NotFoundException("There is no such survey.");
            // The flag becomes an improvement record: the user must also manage the organisation's improvement plan.
            AccessMatrix.Demand(user, Permission.ManageImprovementPlan, survey.Organisation!.Code);
            var section = survey.Sections.SingleOrDefault(s => s.Id == sectionId)
                ?? throw new NotFoundException("There is no such section in this survey.");
            return (survey, section);
        }

        private async Task<List<FlaggedReturn>> FlaggedAsync(Survey survey, SurveySection section, CancellationToken cancellationToken)
        {
            var ratings = (await AnalysisData.RatingsAsync(db, survey.Id, cancellationToken))
                .Where(r => r.SectionId == section.Id && survey.IsFlagged(r.Rating))
                .ToList();
            var ids = ratings.Select(r => r.ReturnId).ToList();
            var names = await db.SurveyReturns.AsNoTracking().Include(r => r.Signatory).Where(r => ids.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => r.Signatory!.DisplayName, cancellationToken);
            return [.. ratings
                .OrderByDescending(r => r.Rating).ThenBy(r => AnalysisData.Group(r.BusinessGroup), StringComparer.OrdinalIgnoreCase).ThenBy(r => names[r.ReturnId], StringComparer.OrdinalIgnoreCase)
                .Select(r => new FlaggedReturn(r.ReturnId, names[r.ReturnId], AnalysisData.Group(r.BusinessGroup), survey.RatingLabel(r.Rating)!))];
        }

        private async Task<ImprovementPlan> OpenPlanAsync(Survey survey, int? planId, string field, CancellationToken cancellationToken) =>
            await db.ImprovementPlans.AsNoTracking().Include(p => p.Organisation)
                .SingleOrDefaultAsync(p => p.Id == planId && p.OrganisationId == survey.OrganisationId && p.Status == PlanStatus.Active, cancellationToken)
            ?? throw Validation.Fail(field, field == nameof(Command.PlanId)
                ? $"Choose an open improvement plan of {survey.Organisation!.ShortName}"
                : $"Choose an improvement area of an open {survey.Organisation!.ShortName} improvement plan");

        private sealed record AreaInput : AreaFields;

        private sealed record ActionInput : ActionFields;
    }
}
