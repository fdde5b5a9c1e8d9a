using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// A survey's settings (/surveys/{id}/settings): title, introduction, rating scale and thresholds, declaration and the
/// reminder schedule. The scale and thresholds are structure, so they change only while the survey is a draft
/// (<see cref="Survey.Configure"/> refuses otherwise).
/// </summary>
public static class EditSurveySettings
{
    public sealed record Query(int SurveyId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, Form Input);

    public sealed class Form
    {
        public string? Title { get; set; }

        public string? Introduction { get; set; }

        /// <summary>One label per line, best first.</summary>
        public string? Scale { get; set; }

        public int? NarrativeRequiredFrom { get; set; }

        public int? FlagFrom { get; set; }

        public string? Declaration { get; set; }

        public string? ReminderDaysBefore { get; set; }

        public int? OverdueReminderEveryDays { get; set; }

        public int? EscalateAfterDaysOverdue { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(
        int SurveyId,
        Guid Version,
        string? Title,
        string? Introduction,
        string? Scale,
        int? NarrativeRequiredFrom,
        int? FlagFrom,
        string? Declaration,
        string? ReminderDaysBefore,
        int? OverdueReminderEveryDays,
        int? EscalateAfterDaysOverdue) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the survey's title")
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
            this.RuleForCleaned(c => c.Introduction, CleanText.Multiline)
                .MaximumLength(Survey.IntroductionMaxLength).WithMessage($"The introduction must be {Survey.IntroductionMaxLength:N0} characters or fewer");
            RuleFor(c => Survey.ParseScale(CleanText.Multiline(c.Scale)).Count).InclusiveBetween(2, 7)
                .WithMessage("Give between 2 and 7 rating levels, best first, one per line").OverridePropertyName(nameof(Command.Scale));
            RuleFor(c => CleanText.Multiline(c.Scale)).MaximumLength(1_000).WithMessage("The rating scale must be 1,000 characters or fewer").OverridePropertyName(nameof(Command.Scale));
            RuleFor(c => c.NarrativeRequiredFrom).NotNull().WithMessage("Choose the rating from which a narrative is required")
                .Must((c, n) => n < Survey.ParseScale(CleanText.Multiline(c.Scale)).Count).WithMessage("Choose a rating from the scale");
            RuleFor(c => c.FlagFrom).NotNull().WithMessage("Choose the rating from which a return is flagged")
                .Must((c, n) => n < Survey.ParseScale(CleanText.Multiline(c.Scale)).Count).WithMessage("Choose a rating from the scale");
            this.RuleForCleaned(c => c.Declaration, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the declaration the signatory confirms")
                .MaximumLength(Survey.DeclarationMaxLength).WithMessage($"The declaration must be {Survey.DeclarationMaxLength:N0} characters or fewer");
            RuleFor(c => c.ReminderDaysBefore)
                .Must(d => string.IsNullOrWhiteSpace(d) || d.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 365))
                .WithMessage("Enter reminder days as whole numbers from 1 to 365 separated by commas, for example 7, 1")
                .MaximumLength(100).WithMessage("Reminder days must be 100 characters or fewer");
            RuleFor(c => c.OverdueReminderEveryDays).NotNull().WithMessage("Enter how often to remind while overdue, in days (0 for never)")
                .InclusiveBetween(0, 365).WithMessage("Overdue reminders must be every 0 to 365 days");
            RuleFor(c => c.EscalateAfterDaysOverdue).NotNull().WithMessage("Enter after how many days overdue to escalate (0 for the day after the deadline)")
                .InclusiveBetween(0, 365).WithMessage("Escalation must be 0 to 365 days after the deadline");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, query.SurveyId, cancellationToken);
            return new View(await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken), new Form
            {
                Title = survey.Title,
                Introduction = survey.Introduction,
                Scale = string.Join('\n', survey.Scale),
                NarrativeRequiredFrom = survey.NarrativeRequiredFrom,
                FlagFrom = survey.FlagFrom,
                Declaration = survey.Declaration,
                ReminderDaysBefore = survey.ReminderDaysBefore,
                OverdueReminderEveryDays = survey.OverdueReminderEveryDays,
                EscalateAfterDaysOverdue = survey.EscalateAfterDaysOverdue,
                Version = survey.Version,
            });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken, Values);
            survey.Configure(new SurveySettings(
                CleanText.SingleLine(command.Title),
                CleanText.Multiline(command.Introduction),
                CleanText.Multiline(command.Scale),
                command.NarrativeRequiredFrom!.Value,
                command.FlagFrom!.Value,
                CleanText.Multiline(command.Declaration),
                command.ReminderDaysBefore,
                command.OverdueReminderEveryDays!.Value,
                command.EscalateAfterDaysOverdue!.Value));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static IReadOnlyDictionary<string, string?> Values(Survey survey) => new Dictionary<string, string?>
        {
            ["Title"] = survey.Title,
            ["Introduction"] = survey.Introduction,
            ["Rating scale"] = string.Join(", ", survey.Scale),
            ["Narrative required from"] = survey.RatingLabel(survey.NarrativeRequiredFrom),
            ["Flagged from"] = survey.RatingLabel(survey.FlagFrom),
            ["Declaration"] = survey.Declaration,
            ["Reminder days before the deadline"] = survey.ReminderDaysBefore,
            ["Overdue reminder every (days)"] = survey.OverdueReminderEveryDays.ToString(CultureInfo.InvariantCulture),
            ["Escalate after (days overdue)"] = survey.EscalateAfterDaysOverdue.ToString(CultureInfo.InvariantCulture),
        };
    }
}
