using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// Starts a paper (/papers/create) from the organisation's template for its kind, carrying text, signatories and the
/// document control table over from the latest earlier paper of that kind. An AGS and a Code are one per organisation
/// and year. The new paper is version 1.
/// </summary>
public static class CreatePaper
{
    public sealed record Query : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(IReadOnlyList<OrganisationChoice> Organisations, Form Input);

    /// <summary>An organisation the user drafts papers for: the kinds it has a template for and its improvement plans.</summary>
    public sealed record OrganisationChoice(string Code, string ShortName, IReadOnlyList<PaperKind> TemplateKinds, IReadOnlyList<PlanChoice> Plans);

    public sealed record PlanChoice(int Id, string Title, string OrganisationCode);

    public sealed class Form
    {
        public string? Organisation { get; set; }

        public PaperKind? Kind { get; set; }

        public string? Year { get; set; }

        public string? Title { get; set; }

        public string? MeetingName { get; set; }

        public DateParts MeetingDate { get; set; } = new();

        public string? ReportBy { get; set; }

        public int? ImprovementPlanId { get; set; }

        public DateParts PreviousReportOn { get; set; } = new();
    }

    public sealed record Command(
        string? Organisation,
        PaperKind? Kind,
        string? Year,
        string? Title,
        string? MeetingName,
        DateOnly? MeetingDate,
        bool MeetingDateGiven,
        string? ReportBy,
        int? ImprovementPlanId,
        DateOnly? PreviousReportOn,
        bool PreviousReportOnGiven) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        /// <summary>Without an organisation chosen, any the user drafts for (the validator then asks for one).</summary>
        public ScopeTarget Scope => string.IsNullOrWhiteSpace(Organisation) ? ScopeTarget.AnyOrganisation : ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        private const string DateMessage = "as a real date, for example 27 6 2017";

        public Validator()
        {
            RuleFor(c => c.Organisation).NotEmpty().WithMessage("Choose the organisation");
            RuleFor(c => c.Kind).NotNull().WithMessage("Choose the kind of paper").IsInEnum().WithMessage("Choose the kind of paper");
            RuleFor(c => c.Year).Must(y => ReportingYear.TryParse(y, out _)).WithMessage("Enter the reporting year, for example 2016/17");
            this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
            this.RuleForCleaned(c => c.MeetingName, CleanText.SingleLine)
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"The meeting must be {TextLimits.ShortTitle} characters or fewer");
            this.RuleForCleaned(c => c.ReportBy, CleanText.SingleLine)
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"'Report by' must be {TextLimits.ShortTitle} characters or fewer");
            When(c => c.Kind is PaperKind.CoverReport or PaperKind.ProgressReport, () =>
            {
                this.RuleForCleaned(c => c.MeetingName, CleanText.SingleLine).NotEmpty().WithMessage("Enter the meeting the paper goes to, for example Audit Panel");
                RuleFor(c => c.MeetingDate).NotNull().WithMessage(c => c.MeetingDateGiven ? $"Enter the meeting date {DateMessage}" : "Enter the date of the meeting");
            });
            When(c => c.Kind == PaperKind.CoverReport, () =>
                this.RuleForCleaned(c => c.ReportBy, CleanText.SingleLine).NotEmpty().WithMessage("Enter who the report is by, for example The Deputy Commissioner"));
            When(c => c.Kind == PaperKind.ProgressReport, () =>
            {
                RuleFor(c => c.ImprovementPlanId).NotNull().WithMessage("Choose the improvement plan the report is on");
                RuleFor(c => c.PreviousReportOn).NotNull().When(c => c.PreviousReportOnGiven).WithMessage($"Enter the date of the previous report {DateMessage}");
            });
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer)
        : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Id, o.Code, o.ShortName }).ToListAsync(cancellationToken))
                .Where(o => AccessMatrix.Allows(user, Permission.ManagePapers, o.Code)).ToList();
            var ids = organisations.Select(o => o.Id).ToList();
            var templates = await db.PaperTemplates.AsNoTracking().Where(t => ids.Contains(t.OrganisationId)).Select(t => new { t.OrganisationId, t.Kind }).ToListAsync(cancellationToken);
            var plans = await db.ImprovementPlans.AsNoTracking().Where(p => ids.Contains(p.OrganisationId))
                .OrderByDescending(p => p.FirstYear).Select(p => new { p.Id, p.Title, p.OrganisationId }).ToListAsync(cancellationToken);
            var choices = organisations.Select(o => new OrganisationChoice(
                o.Code,
                o.ShortName,
                [.. templates.Where(t => t.OrganisationId == o.Id).Select(t => t.Kind).Order()],
                [.. plans.Where(p => p.OrganisationId == o.Id).Select(p => new PlanChoice(p.Id, p.Title, o.Code))])).ToList();
            var today = Domain.Time.LondonClock.Today(time);
            return new View(choices, new Form
            {
                Organisation = choices.Count == 1 ? choices[0].Code : null,
                Year = ReportingYear.Containing(today).Previous.ToString(),
                MeetingName = "Audit Panel",
            });
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var code = command.Organisation!.Trim().ToUpperInvariant();
            var organisation = await db.Organisations.SingleAsync(o => o.Code == code, cancellationToken);
            var kind = command.Kind!.Value;
            var year = ReportingYear.Parse(command.Year!);
            var template = await db.PaperTemplates.Include(t => t.Sections)
                .SingleOrDefaultAsync(t => t.OrganisationId == organisation.Id && t.Kind == kind, cancellationToken)
                ?? throw Validation.Fail(nameof(Command.Kind), $"{organisation.ShortName} has no template for the {PaperWords.Kind(kind)} yet: set one up on the templates page first");
            if (Paper.IsAnnual(kind) && await db.Papers.AnyAsync(p => p.OrganisationId == organisation.Id && p.Kind == kind && p.Year == year, cancellationToken))
            {
                throw Validation.Fail(nameof(Command.Year), $"{organisation.ShortName} already has its {PaperWords.Kind(kind)} for {year}: open it from the papers page");
            }

            int? planId = null;
            if (kind == PaperKind.ProgressReport)
            {
                planId = await db.ImprovementPlans.Where(p => p.Id == command.ImprovementPlanId && p.OrganisationId == organisation.Id).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken)
                    ?? throw Validation.Fail(nameof(Command.ImprovementPlanId), $"Choose one of {organisation.ShortName}'s improvement plans");
            }

            // The latest paper of the kind up to the year (or, starting an earlier year, the latest of all).
            var earlier = await db.Papers.AsNoTracking().Where(p => p.OrganisationId == organisation.Id && p.Kind == kind)
                .Select(p => new { p.Id, p.Year }).ToListAsync(cancellationToken);
            var previousId = earlier.OrderByDescending(p => p.Year <= year).ThenByDescending(p => p.Year).ThenByDescending(p => p.Id)
                .Select(p => (int?)p.Id).FirstOrDefault();
            var previous = previousId is { } id ? await PaperComposer.LoadAsync(db, id, cancellationToken) : null;
            var title = CleanText.SingleLine(command.Title);
            if (string.IsNullOrEmpty(title))
            {
                title = kind switch
                {
                    PaperKind.CoverReport => $"{CleanText.SingleLine(command.MeetingName)}: Annual Governance Statement {year}",
                    PaperKind.ProgressReport => $"Improvement plan progress report {year}",
                    _ => $"{PaperWords.Kind(kind)} {year}",
                };
            }

            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            var paper = Paper.Create(template, previous, year, title, actor);
            paper.Organisation = organisation;
            if (kind is PaperKind.CoverReport or PaperKind.ProgressReport)
            {
                paper.Describe(new PaperDetails(
                    paper.Title,
                    paper.Subtitle,
                    paper.ProtectiveMarking,
                    CleanText.SingleLine(command.MeetingName),
                    command.MeetingDate,
                    kind == PaperKind.CoverReport ? CleanText.SingleLine(command.ReportBy) : paper.ReportBy,
                    kind == PaperKind.ProgressReport ? command.PreviousReportOn : null));
                paper.ImprovementPlanId = planId;
            }

            db.Papers.Add(paper);
            var from = previous is null ? "the template" : $"the template, with text from {previous.Title}";
            try
            {
                await PaperEdits.SaveWithVersionAsync(db, composer, paper, $"Created from {from}", actor, cancellationToken);
            }
            catch (DbUpdateException) when (Paper.IsAnnual(kind))
            {
                // The unique (organisation, year, AGS or Code) index: someone started it at the same moment. Nothing was saved.
                db.ChangeTracker.Clear();
                throw Validation.Fail(nameof(Command.Year), $"{organisation.ShortName}'s {PaperWords.Kind(kind)} for {year} has just been started by someone else: open it from the papers page");
            }

            return paper.Id;
        }
    }
}
