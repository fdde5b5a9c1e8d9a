using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>
/// The recommendation form's fields, shared by <see cref="CreateRecommendation"/> and <see cref="EditRecommendation"/>.
/// On create the report is an existing one (<see cref="Report"/>) or a new one (<see cref="NewReport"/> and its fields).
/// </summary>
public sealed class RecommendationForm
{
    public const string NewReportValue = "new";

    /// <summary>An existing report's id, or "new" for the report described below.</summary>
    public string? Report { get; set; }

    public int? SourceId { get; set; }

    public string? ReportTitle { get; set; }

    public DateParts ReportDate { get; set; } = new();

    public string? ReportReference { get; set; }

    public string? Reference { get; set; }

    public string? Text { get; set; }

    public RecommendationPriority? Priority { get; set; }

    public int? ThemeId { get; set; }

    public DeliveryRoute? DeliveryRoute { get; set; }

    public string? DeliveryDetail { get; set; }

    public int? OwnerId { get; set; }

    public string? OwnerText { get; set; }

    public DateParts DueDate { get; set; } = new();

    /// <summary>Why the due date changed (edit only; required when it does).</summary>
    public string? DueDateReason { get; set; }

    public Guid Version { get; set; }

    public bool NewReport => string.Equals(Report, NewReportValue, StringComparison.Ordinal);

    public static RecommendationForm From(Recommendation r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RecommendationForm
        {
            Report = r.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Reference = r.Reference,
            Text = r.Text,
            Priority = r.Priority,
            ThemeId = r.ThemeId,
            DeliveryRoute = r.DeliveryRoute,
            DeliveryDetail = r.DeliveryDetail,
            OwnerId = r.OwnerId,
            OwnerText = r.OwnerText,
            DueDate = DateParts.From(r.DueDate),
            Version = r.Version,
        };
    }
}

/// <summary>What the recommendation form offers: the organisation's reports, source bodies, themes and people.</summary>
public sealed record RecommendationChoices(
    string OrganisationSlug,
    string OrganisationName,
    IReadOnlyList<(int Id, string Name)> Reports,
    IReadOnlyList<(int Id, string Name)> Sources,
    IReadOnlyList<(int Id, string Name)> Themes,
    IReadOnlyList<(int Id, string Name)> People)
{
    public static async Task<RecommendationChoices> LoadAsync(GovernancePortalDbContext db, Organisation organisation, int? keepThemeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var reports = await db.SourceReports.AsNoTracking().Where(r => r.OrganisationId == organisation.Id)
            .OrderByDescending(r => r.PublishedOn).ThenBy(r => r.Title)
            .Select(r => new { r.Id, r.Title, Source = r.Source!.Name, r.PublishedOn }).ToListAsync(cancellationToken);
        var themes = (await RecommendationLists.ThemesAsync(db, organisation.Id, includeArchived: true, cancellationToken)).ToList();
        var offered = await db.RecommendationThemes.AsNoTracking().Where(t => t.OrganisationId == organisation.Id && (!t.IsArchived || t.Id == keepThemeId)).Select(t => t.Id).ToListAsync(cancellationToken);
        return new RecommendationChoices(
            organisation.Code.ToLowerInvariant(),
            organisation.ShortName,
            [.. reports.Select(r => (r.Id, $"{r.Source}: {r.Title}{(r.PublishedOn is { } on ? $" ({RecommendationScope.Date(on)})" : null)}"))],
            await RecommendationLists.SourcesAsync(db, organisation.Id, includeArchived: false, cancellationToken),
            [.. themes.Where(t => offered.Contains(t.Id))],
            await RecommendationLists.PeopleAsync(db, organisation.Id, cancellationToken));
    }
}

/// <summary>The rules of the recommendation form and how its fields become the domain's <see cref="RecommendationDetails"/>.</summary>
internal static class RecommendationFormRules
{
    public static void Add<T>(UseCaseValidator<T> validator, Func<T, RecommendationForm> form, bool creating)
    {
        if (creating)
        {
            validator.RuleFor(c => form(c).Report).NotEmpty().WithMessage("Choose the report, or enter a new one").OverridePropertyName(nameof(RecommendationForm.Report));
            validator.RuleFor(c => form(c).SourceId).NotNull().When(c => form(c).NewReport).WithMessage("Choose the body that made the report").OverridePropertyName(nameof(RecommendationForm.SourceId));
            validator.RuleFor(c => CleanText.SingleLine(form(c).ReportTitle)).NotEmpty().When(c => form(c).NewReport).WithMessage("Enter the report's title")
                .MaximumLength(SourceReport.TitleMaxLength).WithMessage($"The report's title must be {SourceReport.TitleMaxLength} characters or fewer").OverridePropertyName(nameof(RecommendationForm.ReportTitle));
            validator.RuleFor(c => form(c).ReportDate).Must(d => d.IsEmpty || d.Date is not null).WithMessage("Enter the report's date as a real date, for example 14 3 2026").OverridePropertyName(nameof(RecommendationForm.ReportDate));
            validator.RuleFor(c => CleanText.SingleLine(form(c).ReportReference)).MaximumLength(SourceReport.ReferenceMaxLength).WithMessage($"The report's reference must be {SourceReport.ReferenceMaxLength} characters or fewer").OverridePropertyName(nameof(RecommendationForm.ReportReference));
        }

        validator.RuleFor(c => CleanText.SingleLine(form(c).Reference)).NotEmpty().WithMessage("Enter the recommendation's reference within the report, for example R3")
            .MaximumLength(Recommendation.ReferenceMaxLength).WithMessage($"The reference must be {Recommendation.ReferenceMaxLength} characters or fewer").OverridePropertyName(nameof(RecommendationForm.Reference));
        validator.RuleFor(c => CleanText.Multiline(form(c).Text)).NotEmpty().WithMessage("Enter the recommendation")
            .MaximumLength(Recommendation.TextMaxLength).WithMessage($"The recommendation must be {Recommendation.TextMaxLength:N0} characters or fewer").OverridePropertyName(nameof(RecommendationForm.Text));
        validator.RuleFor(c => CleanText.SingleLine(form(c).DeliveryDetail)).NotEmpty().When(c => form(c).DeliveryRoute == DeliveryRoute.Programme).WithMessage("Name the programme that delivers this recommendation")
            .MaximumLength(Recommendation.DetailMaxLength).WithMessage($"The programme or detail must be {Recommendation.DetailMaxLength} characters or fewer").OverridePropertyName(nameof(RecommendationForm.DeliveryDetail));
        validator.RuleFor(c => CleanText.SingleLine(form(c).OwnerText)).MaximumLength(Recommendation.OwnerTextMaxLength).WithMessage($"The owner must be {Recommendation.OwnerTextMaxLength} characters or fewer").OverridePropertyName(nameof(RecommendationForm.OwnerText));
        validator.RuleFor(c => form(c).DueDate).Must(d => d.IsEmpty || d.Date is not null).WithMessage("Enter the due date as a real date, for example 31 3 2027").OverridePropertyName(nameof(RecommendationForm.DueDate));
        validator.RuleFor(c => CleanText.Multiline(form(c).DueDateReason)).MaximumLength(Recommendation.ReasonMaxLength).WithMessage($"The reason must be {Recommendation.ReasonMaxLength:N0} characters or fewer").OverridePropertyName(nameof(RecommendationForm.DueDateReason));
    }

    /// <summary>The details, with the theme and owner checked to belong to the organisation.</summary>
    public static async Task<RecommendationDetails> DetailsAsync(GovernancePortalDbContext db, Organisation organisation, RecommendationForm form, CancellationToken cancellationToken)
    {
        if (form.ThemeId is { } theme && !await db.RecommendationThemes.AnyAsync(t => t.Id == theme && t.OrganisationId == organisation.Id, cancellationToken))
        {
            throw Validation.Fail(nameof(RecommendationForm.ThemeId), $"Choose a strategic theme of {organisation.ShortName}");
        }

        if (form.OwnerId is { } owner && !await db.People.AnyAsync(p => p.Id == owner && p.OrganisationId == organisation.Id, cancellationToken))
        {
            throw Validation.Fail(nameof(RecommendationForm.OwnerId), $"Choose an owner from {organisation.ShortName}");
        }

        return new RecommendationDetails(
            CleanText.SingleLine(form.Reference),
            CleanText.Multiline(form.Text),
            form.Priority,
            form.ThemeId,
            form.DeliveryRoute,
            CleanText.OptionalLine(form.DeliveryDetail),
            form.OwnerId,
            form.OwnerId is null ? CleanText.OptionalLine(form.OwnerText) : null,
            form.DueDate.Date);
    }
}
