using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Reports;

/// <summary>Changes a report's title, date, reference and source body (/recommendations/reports/{id}/edit).</summary>
public static class EditSourceReport
{
    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.SourceReport(Id);
    }

    public sealed class Form
    {
        public int? SourceId { get; set; }

        public string? Title { get; set; }

        public DateParts PublishedOn { get; set; } = new();

        public string? Reference { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record View(string OrganisationSlug, string OrganisationName, string Title, IReadOnlyList<(int Id, string Name)> Sources, Form Input);

    public sealed record Command(int Id, Form Input) : ICommand<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.SourceReport(Id);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Input.SourceId).NotNull().WithMessage("Choose the body that made the report").OverridePropertyName(nameof(Form.SourceId));
            RuleFor(c => CleanText.SingleLine(c.Input.Title)).NotEmpty().WithMessage("Enter the report's title")
                .MaximumLength(SourceReport.TitleMaxLength).WithMessage($"The title must be {SourceReport.TitleMaxLength} characters or fewer").OverridePropertyName(nameof(Form.Title));
            RuleFor(c => c.Input.PublishedOn).Must(d => d.IsEmpty || d.Date is not null).WithMessage("Enter the report's date as a real date, for example 14 3 2026").OverridePropertyName(nameof(Form.PublishedOn));
            RuleFor(c => CleanText.SingleLine(c.Input.Reference)).MaximumLength(SourceReport.ReferenceMaxLength)
                .WithMessage($"The reference must be {SourceReport.ReferenceMaxLength} characters or fewer").OverridePropertyName(nameof(Form.Reference));
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command, string>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var report = await LoadAsync(query.Id, cancellationToken);
            var sources = await RecommendationLists.SourcesAsync(db, report.OrganisationId, includeArchived: true, cancellationToken);
            return new View(report.Organisation!.Code.ToLowerInvariant(), report.Organisation.ShortName, report.Title, sources, new Form
            {
                SourceId = report.SourceId,
                Title = report.Title,
                PublishedOn = DateParts.From(report.PublishedOn),
                Reference = report.Reference,
                Version = report.Version,
            });
        }

        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var report = await LoadAsync(command.Id, cancellationToken);
            db.ExpectVersion(report, command.Input.Version);
            if (!await db.RecommendationSources.AnyAsync(s => s.Id == command.Input.SourceId && s.OrganisationId == report.OrganisationId, cancellationToken))
            {
                throw Validation.Fail(nameof(Form.SourceId), $"Choose a source body of {report.Organisation!.ShortName}");
            }

            report.SourceId = command.Input.SourceId!.Value;
            report.Title = CleanText.SingleLine(command.Input.Title);
            report.PublishedOn = command.Input.PublishedOn.Date;
            report.Reference = CleanText.OptionalLine(command.Input.Reference);
            await db.SaveChangesAsync(cancellationToken);
            return report.Organisation!.Code.ToLowerInvariant();
        }

        private async Task<SourceReport> LoadAsync(int id, CancellationToken cancellationToken) =>
            await db.SourceReports.Include(r => r.Organisation).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("There is no such report.");
    }
}
