using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>A paper's title block (/papers/{id}/edit): title, subtitle, protective marking and, for reports, the meeting.</summary>
public static class EditPaper
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, Form Input);

    public sealed class Form
    {
        public string? Title { get; set; }

        public string? Subtitle { get; set; }

        public string? ProtectiveMarking { get; set; }

        public string? MeetingName { get; set; }

        public DateParts MeetingDate { get; set; } = new();

        public string? ReportBy { get; set; }

        public DateParts PreviousReportOn { get; set; } = new();

        public Guid Version { get; set; }
    }

    public sealed record Command(
        int PaperId,
        Guid Version,
        string? Title,
        string? Subtitle,
        string? ProtectiveMarking,
        string? MeetingName,
        DateOnly? MeetingDate,
        bool MeetingDateGiven,
        string? ReportBy,
        DateOnly? PreviousReportOn,
        bool PreviousReportOnGiven) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Title, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the paper's title")
                .MaximumLength(TextLimits.Title).WithMessage($"The title must be {TextLimits.Title} characters or fewer");
            this.RuleForCleaned(c => c.Subtitle, CleanText.SingleLine)
                .MaximumLength(TextLimits.Title).WithMessage($"The subtitle must be {TextLimits.Title} characters or fewer");
            this.RuleForCleaned(c => c.ProtectiveMarking, CleanText.SingleLine)
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"The protective marking must be {TextLimits.ShortTitle} characters or fewer");
            this.RuleForCleaned(c => c.MeetingName, CleanText.SingleLine)
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"The meeting must be {TextLimits.ShortTitle} characters or fewer");
            this.RuleForCleaned(c => c.ReportBy, CleanText.SingleLine)
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"'Report by' must be {TextLimits.ShortTitle} characters or fewer");
            RuleFor(c => c.MeetingDate).NotNull().When(c => c.MeetingDateGiven).WithMessage("Enter the meeting date as a real date, for example 27 6 2017");
            RuleFor(c => c.PreviousReportOn).NotNull().When(c => c.PreviousReportOnGiven).WithMessage("Enter the date of the previous report as a real date, for example 27 6 2017");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, PaperComposer composer) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var paper = await PaperEdits.LoadAsync(db, query.PaperId, cancellationToken);
            return new View(PaperEdits.Heading(paper), new Form
            {
                Title = paper.Title,
                Subtitle = paper.Subtitle,
                ProtectiveMarking = paper.ProtectiveMarking,
                MeetingName = paper.MeetingName,
                MeetingDate = DateParts.From(paper.MeetingDate),
                ReportBy = paper.ReportBy,
                PreviousReportOn = DateParts.From(paper.PreviousReportOn),
                Version = paper.Version,
            });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var paper = await PaperEdits.ForChangeAsync(db, command.PaperId, command.Version, cancellationToken, Values);
            paper.Describe(new PaperDetails(
                CleanText.SingleLine(command.Title),
                CleanText.SingleLine(command.Subtitle),
                CleanText.SingleLine(command.ProtectiveMarking),
                CleanText.SingleLine(command.MeetingName),
                command.MeetingDate,
                CleanText.SingleLine(command.ReportBy),
                command.PreviousReportOn));
            await PaperEdits.SaveWithVersionAsync(db, composer, paper, "Edited the title block", await CurrentActor.OfAsync(db, user, time, cancellationToken), cancellationToken);
            return Unit.Value;
        }

        private static IReadOnlyDictionary<string, string?> Values(Paper paper) => new Dictionary<string, string?>
        {
            ["Title"] = paper.Title,
            ["Subtitle"] = paper.Subtitle,
            ["Protective marking"] = paper.ProtectiveMarking,
            ["Meeting"] = paper.MeetingName,
            ["Meeting date"] = LongDate.Of(paper.MeetingDate),
            ["Report by"] = paper.ReportBy,
        };
    }
}
