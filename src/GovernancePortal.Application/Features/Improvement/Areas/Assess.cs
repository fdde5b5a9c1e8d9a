using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Areas;

/// <summary>Records an area's progress assessment for a reporting period, as reported to the Audit Panel.</summary>
public static class AssessImprovementArea
{
    /// <summary>The area as its form shows it (for the heading and the way back to the plan).</summary>
    public sealed record Query(int PlanId, int AreaId) : IQuery<ImprovementAreaForm>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    /// <summary>What the page's form posts (the date as its three boxes).</summary>
    public sealed record Form
    {
        public string? Period { get; set; }

        public DateParts AsAt { get; set; } = new();

        public string? Assessment { get; set; }

        public string? Narrative { get; set; }
    }

    public sealed record Command(int AreaId, string? Period, DateOnly? AsAt, string? Assessment, string? Narrative) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementArea(AreaId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Period, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the reporting period, for example “2019-20 interim update”")
                .MaximumLength(AreaAssessment.PeriodMaxLength).WithMessage($"The period must be {AreaAssessment.PeriodMaxLength} characters or fewer");
            RuleFor(c => c.AsAt).NotNull().WithMessage("Enter the date of the assessment as a real date, for example 8 1 2020");
            this.RuleForCleaned(c => c.Assessment, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the assessment, for example “good progress”")
                .MaximumLength(AreaAssessment.AssessmentMaxLength).WithMessage($"The assessment must be {AreaAssessment.AssessmentMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.Narrative, CleanText.Multiline).MaximumLength(TextLimits.MediumText).WithMessage($"The narrative must be {TextLimits.MediumText:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, IMediator mediator) : IQueryHandler<Query, ImprovementAreaForm>, ICommandHandler<Command>
    {
        public ValueTask<ImprovementAreaForm> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new GetImprovementAreaFormQuery(query.PlanId, query.AreaId), cancellationToken);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var area = await db.ImprovementAreas.Include(a => a.Plan!).ThenInclude(p => p.Organisation)
                .SingleOrDefaultAsync(a => a.Id == command.AreaId, cancellationToken)
                ?? throw new NotFoundException("There is no such improvement area.");
            db.AreaAssessments.Add(new AreaAssessment
            {
                AreaId = area.Id,
                Period = CleanText.SingleLine(command.Period)!,
                AsAt = command.AsAt,
                Assessment = CleanText.SingleLine(command.Assessment)!,
                Narrative = CleanText.Multiline(command.Narrative),
            });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
