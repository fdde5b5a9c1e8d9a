using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Features.Framework.People;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Opinions;

/// <summary>
/// Records or changes the internal audit opinion of an organisation for a reporting year
/// (/papers/opinions/{org}/{year}): level of assurance, the opinion's words, who gave it and when, and its basis. One
/// opinion per organisation and year. Its recommendations are kept on <see cref="EditAuditRecommendation"/>.
/// </summary>
public static class EditAuditOpinion
{
    public sealed record Query(string Organisation, string Year) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Recommendation(int Id, string Number, string Text, string Priority, string? ManagementResponse);

    /// <summary>The page: <see cref="OpinionId"/> is null until the opinion of the year is first saved.</summary>
    public sealed record View(string OrganisationCode, string OrganisationName, string Year, int? OpinionId, Guid Version, IReadOnlyList<Recommendation> Recommendations, Form Form);

    public sealed class Form
    {
        public AssuranceLevel? Level { get; set; }

        public string? Opinion { get; set; }

        public string? GivenBy { get; set; }

        public DateParts GivenOn { get; set; } = new();

        public string? Basis { get; set; }

        /// <summary>Empty while no opinion is recorded for the year.</summary>
        public Guid Version { get; set; }
    }

    /// <summary>Saves the opinion of the year: creates it when <see cref="Version"/> is empty, otherwise changes it.</summary>
    public sealed record Command(
        string Organisation,
        string Year,
        AssuranceLevel? Level,
        string? Opinion,
        string? GivenBy,
        string? GivenOnDay,
        string? GivenOnMonth,
        string? GivenOnYear,
        string? Basis,
        Guid Version) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);

        public DateOnly? GivenOn => DateFields.Parse(GivenOnDay, GivenOnMonth, GivenOnYear);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            OpinionRules.IsOneOf(RuleFor(c => c.Level), "Choose the level of assurance the opinion gives");
            this.RuleForCleaned(c => c.Opinion, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the opinion as internal audit gave it")
                .MaximumLength(TextLimits.MediumText).WithMessage($"The opinion must be {TextLimits.MediumText:N0} characters or fewer");
            this.RuleForCleaned(c => c.GivenBy, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter who gave the opinion, for example Director of Audit, Risk and Assurance")
                .MaximumLength(TextLimits.ShortTitle).WithMessage($"Given by must be {TextLimits.ShortTitle} characters or fewer");
            RuleFor(c => c)
                .Must(c => (string.IsNullOrWhiteSpace(c.GivenOnDay) && string.IsNullOrWhiteSpace(c.GivenOnMonth) && string.IsNullOrWhiteSpace(c.GivenOnYear))
                    || DateFields.Problem(c.GivenOnDay, c.GivenOnMonth, c.GivenOnYear, "the date the opinion was given", "Date given") is null)
                .WithMessage(c => DateFields.Problem(c.GivenOnDay, c.GivenOnMonth, c.GivenOnYear, "the date the opinion was given", "Date given"))
                .OverridePropertyName("GivenOn");
            this.RuleForCleaned(c => c.Basis, CleanText.Multiline)
                .MaximumLength(TextLimits.LongText).WithMessage($"The basis must be {TextLimits.LongText:N0} characters or fewer")
                .Must(t => StructuredText.FindProblems(t).Count == 0).WithMessage((_, t) => StructuredText.FindProblems(t).FirstOrDefault() ?? string.Empty);
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var year = OpinionRules.ParseYear(query.Year);
            var opinion = await db.AuditOpinions.AsNoTracking().Include(o => o.Recommendations)
                .SingleOrDefaultAsync(o => o.OrganisationId == organisation.Id && o.Year == year, cancellationToken);
            if (opinion is null)
            {
                return new View(organisation.Code, organisation.Name, year.ToString(), null, Guid.Empty, [], new Form());
            }

            return new View(
                organisation.Code,
                organisation.Name,
                year.ToString(),
                opinion.Id,
                opinion.Version,
                [.. opinion.OrderedRecommendations.Select(r => new Recommendation(r.Id, r.Number, r.Text, Templates.SectionContentText.Priority(r.Priority), r.ManagementResponse))],
                new Form
                {
                    Level = opinion.Level,
                    Opinion = opinion.Opinion,
                    GivenBy = opinion.GivenBy,
                    GivenOn = DateParts.From(opinion.GivenOn),
                    Basis = opinion.Basis,
                    Version = opinion.Version,
                });
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var year = OpinionRules.ParseYear(command.Year);
            var opinion = await db.AuditOpinions.Include(o => o.Recommendations)
                .SingleOrDefaultAsync(o => o.OrganisationId == organisation.Id && o.Year == year, cancellationToken);
            if (opinion is null)
            {
                if (command.Version != Guid.Empty)
                {
                    throw new ConcurrencyConflictException("Someone else deleted this audit opinion after you opened the page. Your changes have not been saved.", new Dictionary<string, string?>());
                }

                opinion = new AuditOpinion { OrganisationId = organisation.Id, Year = year, Opinion = string.Empty, GivenBy = string.Empty };
                db.AuditOpinions.Add(opinion);
            }
            else
            {
                // An empty version here means someone else recorded the year's opinion first: a conflict showing theirs.
                OpinionRules.ExpectVersion(db, opinion, command.Version);
            }

            opinion.Level = command.Level!.Value;
            opinion.Opinion = CleanText.Multiline(command.Opinion);
            opinion.GivenBy = CleanText.SingleLine(command.GivenBy);
            opinion.GivenOn = command.GivenOn;
            opinion.Basis = CleanText.Multiline(command.Basis) is { Length: > 0 } basis ? basis : null;
            await db.SaveChangesAsync(cancellationToken);
            return opinion.Id;
        }
    }
}
