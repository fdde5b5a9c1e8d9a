using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using FluentValidation;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// Starts an organisation's survey for a reporting year (/surveys/create): either a copy of its most recent earlier
/// survey (structure and settings; never answers or respondents) or a new one with a section for each governance area
/// of that year's framework, each with an assurance-rating question and an evidence question. One survey per
/// organisation and year.
/// </summary>
public static class CreateSurvey
{
    public const string StartCopy = "copy";

    public const string StartNew = "new";

    /// <summary>The organisations the user may start a survey for (all of them, or the one in the URL).</summary>
    public sealed record Query(string? Organisation) : IQuery<Choices>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => string.IsNullOrWhiteSpace(Organisation) ? ScopeTarget.AnyOrganisation : ScopeTarget.Organisation(Organisation);
    }

    public sealed record Choices(IReadOnlyList<OrganisationChoice> Organisations, string SuggestedYear);

    /// <summary>An organisation and its latest survey (the one a copy would start from for a later year).</summary>
    public sealed record OrganisationChoice(string Code, string ShortName, LatestSurvey? Latest)
    {
        public string Slug => Code.ToLowerInvariant();
    }

    public sealed record LatestSurvey(int Id, ReportingYear Year, string Title);

    public sealed class Form
    {
        public string? Organisation { get; set; }

        public string? Year { get; set; }

        public string? StartFrom { get; set; }

        public string? Title { get; set; }
    }

    public sealed record Command(string? Organisation, string? Year, string? StartFrom, string? Title) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => string.IsNullOrWhiteSpace(Organisation) ? ScopeTarget.AnyOrganisation : ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Organisation).NotEmpty().WithMessage("Select the organisation");
            RuleFor(c => c.Year).NotEmpty().WithMessage("Enter the reporting year, like 2019/20")
                .Must(y => ReportingYear.TryParse(y, out _)).WithMessage("Enter the reporting year like 2019/20");
            RuleFor(c => c.StartFrom).Must(s => s is StartCopy or StartNew).WithMessage("Select how to start the survey");
            this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Choices>, ICommandHandler<Command, int>
    {
        public async ValueTask<Choices> Handle(Query query, CancellationToken cancellationToken)
        {
            var code = query.Organisation?.Trim().ToUpperInvariant();
            var organisations = (await db.Organisations.AsNoTracking().Where(o => code == null || o.Code == code).OrderBy(o => o.ShortName).ToListAsync(cancellationToken))
                .Where(o => AccessMatrix.Allows(user, Permission.ManageSurveys, o.Code))
                .ToList();
            var ids = organisations.Select(o => o.Id).ToList();
            var surveys = await db.Surveys.AsNoTracking().Where(s => ids.Contains(s.OrganisationId))
                .Select(s => new { s.Id, s.OrganisationId, s.Year, s.Title }).ToListAsync(cancellationToken);
            var choices = organisations.Select(o => new OrganisationChoice(
                o.Code,
                o.ShortName,
                surveys.Where(s => s.OrganisationId == o.Id).OrderByDescending(s => s.Year).Select(s => new LatestSurvey(s.Id, s.Year, s.Title)).FirstOrDefault())).ToList();
            // The year after the latest survey, or the year we are in.
            var latest = choices.Select(c => c.Latest?.Year).Max();
            var suggested = latest is { } year && year.StartYear < ReportingYear.MaxStartYear ? year.Next : ReportingYear.Containing(time.Today());
            return new Choices(choices, suggested.ToString());
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var code = command.Organisation!.Trim().ToUpperInvariant();
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, cancellationToken)
                ?? throw Validation.Fail(nameof(Command.Organisation), "Select the organisation");
            var year = ReportingYear.Parse(command.Year!);
            if (await db.Surveys.AnyAsync(s => s.OrganisationId == organisation.Id && s.Year == year, cancellationToken))
            {
                throw Validation.Fail(nameof(Command.Year), $"{organisation.ShortName} already has a survey for {year}: open it from the list of surveys");
            }

            var title = CleanText.SingleLine(command.Title) is { Length: > 0 } given ? given : $"Statement of Internal Control {year}";
            Survey survey;
            if (command.StartFrom == StartCopy)
            {
                var previous = await db.Surveys.AsNoTracking().AsSplitQuery()
                    .Include(s => s.Sections).ThenInclude(s => s.Questions)
                    .Where(s => s.OrganisationId == organisation.Id && s.Year < year)
                    .OrderByDescending(s => s.Year)
                    .FirstOrDefaultAsync(cancellationToken)
                    ?? throw Validation.Fail(nameof(Command.StartFrom), $"{organisation.ShortName} has no survey before {year} to copy: start a new survey");
                survey = previous.CopyFor(year, title);
            }
            else
            {
                survey = Survey.Start(organisation.Id, year, title);
                await AddFrameworkSectionsAsync(survey, organisation, year, cancellationToken);
            }

            db.Surveys.Add(survey);
            await db.SaveChangesAsync(cancellationToken);
            return survey.Id;
        }

        /// <summary>
        /// A section per governance area in force in the year's framework (or the latest earlier year's, when the year
        /// has no framework yet), in the framework's order, with the area's key controls or commitments as guidance.
        /// </summary>
        private async Task AddFrameworkSectionsAsync(Survey survey, Organisation organisation, ReportingYear year, CancellationToken cancellationToken)
        {
            var frameworkYear = await db.FrameworkYears.AsNoTracking()
                .Where(y => y.OrganisationId == organisation.Id && y.Year <= year)
                .OrderByDescending(y => y.Year).Select(y => (ReportingYear?)y.Year).FirstOrDefaultAsync(cancellationToken);
            if (frameworkYear is not { } textYear)
            {
                return;
            }

            var principles = await db.Principles.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
                .Select(p => new { p.Id, p.SortOrder }).ToListAsync(cancellationToken);
            var areas = await db.GovernanceAreas.AsNoTracking().Where(a => a.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
            var areaIds = areas.Select(a => a.Id).ToList();
            var statements = await db.AreaStatements.AsNoTracking()
                .Where(s => s.Year == textYear && areaIds.Contains(s.GovernanceAreaId))
                .ToListAsync(cancellationToken);
            var inForce = areas
                .Where(a => !a.IsArchived || statements.Any(s => s.GovernanceAreaId == a.Id))
                .OrderBy(a => principles.FirstOrDefault(p => p.Id == a.PrincipleId)?.SortOrder ?? int.MaxValue)
                .ThenBy(a => a.SortOrder).ThenBy(a => a.Reference, StringComparer.Ordinal);
            foreach (var area in inForce)
            {
                var section = survey.AddSection($"{area.Reference}. {area.Title}", Guidance(area, statements), area.Id);
                survey.AddQuestion(section, QuestionKind.Rating, $"How much assurance can you give that the key controls for {area.Title.ToLowerInvariant()} operated effectively in your area during {year}?", "If you give limited or no assurance, explain what is not working and what is being done about it.", required: true);
                survey.AddQuestion(section, QuestionKind.Evidence, "What evidence supports your rating?", "Describe the evidence, for example reviews, audits or performance reports, and give links to documents, one per line.", required: false);
            }
        }

        private static string? Guidance(GovernanceArea area, IReadOnlyList<AreaStatement> statements)
        {
            var blocks = statements.Where(s => s.GovernanceAreaId == area.Id && s.Kind is StatementKind.KeyControls or StatementKind.Commitment)
                .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                .Select(s => string.IsNullOrWhiteSpace(s.SubTopic) ? s.Text.Trim() : $"{s.SubTopic}:\n{s.Text.Trim()}")
                .ToList();
            var lines = new List<string>();
            if (!string.IsNullOrWhiteSpace(area.Description))
            {
                lines.Add(area.Description.Trim());
            }

            if (blocks.Count > 0)
            {
                lines.Add(area.CommitmentsLeadIn?.Trim() is { Length: > 0 } leadIn ? leadIn : "Key controls to manage this activity:");
                lines.AddRange(blocks);
            }

            var text = string.Join("\n\n", lines);
            return text.Length == 0 ? null : text.Length <= TextLimits.MediumText ? text : text[..(TextLimits.MediumText - 1)] + "…";
        }
    }
}
