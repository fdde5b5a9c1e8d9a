using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class ImprovementPlanConfiguration : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        builder.Ignore(p => p.Period);
        builder.Ignore(p => p.Slug);
        builder.Property(p => p.ReportedSummary).HasMaxLength(TextLimits.LongText);
        builder.HasOne(p => p.PreviousPlan).WithMany().HasForeignKey(p => p.PreviousPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Areas).WithOne(a => a.Plan).HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ImprovementAreaConfiguration : IEntityTypeConfiguration<ImprovementArea>
{
    public void Configure(EntityTypeBuilder<ImprovementArea> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(TextLimits.Code);
        builder.Property(a => a.Title).HasMaxLength(TextLimits.Title);
        builder.Property(a => a.Aim).HasMaxLength(TextLimits.LongText);
        builder.Property(a => a.MainIssue).HasMaxLength(TextLimits.LongText);
        builder.Property(a => a.Monitoring).HasMaxLength(TextLimits.LongText);
        builder.Ignore(a => a.DisplayCode);
        builder.HasIndex(a => new { a.PlanId, a.Sequence }).IsUnique();
        builder.HasMany(a => a.Leads).WithMany().UsingEntity("ImprovementAreaLeads");
        builder.HasMany(a => a.GovernanceAreas).WithMany().UsingEntity("ImprovementAreaGovernanceAreas");
        builder.HasOne(a => a.Principle).WithMany().HasForeignKey(a => a.PrincipleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Assessments).WithOne(s => s.Area).HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Actions).WithOne(a => a.Area).HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(TextLimits.Code);
        builder.Property(a => a.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(a => a.OwnerText).HasMaxLength(TextLimits.Name);
        builder.Property(a => a.Progress).HasMaxLength(TextLimits.LongText);
        builder.Property(a => a.SourceReference).HasMaxLength(ImprovementAction.ReferenceMaxLength);
        builder.Property(a => a.RagOverrideRationale).HasMaxLength(ImprovementAction.RationaleMaxLength);
        builder.Property(a => a.RagOverriddenByName).HasMaxLength(TextLimits.Name);
        builder.Property(a => a.ClosureNote).HasMaxLength(ImprovementAction.RationaleMaxLength);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.HasSlipped);
        builder.Ignore(a => a.TimescaleRevised);
        builder.Ignore(a => a.IsRagOverridden);
        builder.Ignore(a => a.PendingUpdate);
        builder.HasIndex(a => new { a.AreaId, a.Code }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.DueDate });
        builder.HasIndex(a => a.OwnerId);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.CarriedForwardFrom).WithOne(a => a.CarriedForwardTo)
            .HasForeignKey<ImprovementAction>(a => a.CarriedForwardFromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Updates).WithOne(u => u.Action).HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.DateRevisions).WithOne(r => r.Action).HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.DateRequests).WithOne(r => r.Action).HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.PendingDateRequest);
    }
}

public sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.Property(u => u.Narrative).HasMaxLength(TextLimits.MediumText);
        builder.Property(u => u.Evidence).HasMaxLength(TextLimits.MediumText);
        builder.Property(u => u.SubmittedByUserId).HasMaxLength(450);
        builder.Property(u => u.SubmittedByName).HasMaxLength(TextLimits.Name);
        builder.Property(u => u.ReviewedByName).HasMaxLength(TextLimits.Name);
        builder.Property(u => u.ReviewComment).HasMaxLength(ActionUpdate.CommentMaxLength);
        builder.Ignore(u => u.IsPending);
        builder.HasIndex(u => new { u.Review, u.ActionId });
    }
}

public sealed class DueDateRevisionConfiguration : IEntityTypeConfiguration<DueDateRevision>
{
    public void Configure(EntityTypeBuilder<DueDateRevision> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(DueDateRevision.ReasonMaxLength);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.ApprovedByUserId).HasMaxLength(450);
        builder.Property(r => r.ApprovedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.ApprovedByText).HasMaxLength(DueDateRevision.ApprovedByTextMaxLength);
        builder.Property(r => r.RecordedByName).HasMaxLength(TextLimits.Name);
        builder.HasOne(r => r.Request).WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.DaysMoved);
        builder.Ignore(r => r.ApprovedByDisplay);
    }
}

public sealed class DueDateRequestConfiguration : IEntityTypeConfiguration<DueDateRequest>
{
    public void Configure(EntityTypeBuilder<DueDateRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(DueDateRequest.ReasonMaxLength);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.DecidedByUserId).HasMaxLength(450);
        builder.Property(r => r.DecidedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.DecisionComment).HasMaxLength(DueDateRequest.CommentMaxLength);
        builder.Ignore(r => r.IsPending);
        builder.HasIndex(r => new { r.Decision, r.ActionId });
    }
}

public sealed class AreaAssessmentConfiguration : IEntityTypeConfiguration<AreaAssessment>
{
    public void Configure(EntityTypeBuilder<AreaAssessment> builder)
    {
        builder.Property(a => a.Period).HasMaxLength(AreaAssessment.PeriodMaxLength);
        builder.Property(a => a.Assessment).HasMaxLength(AreaAssessment.AssessmentMaxLength);
        builder.Property(a => a.Narrative).HasMaxLength(TextLimits.LongText);
    }
}

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.FileName).HasMaxLength(ImportBatch.FileNameMaxLength);
        builder.Property(b => b.Content).HasMaxLength(ImportBatch.MaxFileBytes);
        builder.Property(b => b.Mapping).HasMaxLength(TextLimits.MediumText);
        builder.Property(b => b.Report).HasMaxLength(TextLimits.LongText * 10);
        builder.Property(b => b.UploadedByUserId).HasMaxLength(450);
        builder.Property(b => b.UploadedByName).HasMaxLength(TextLimits.Name);
        builder.Property(b => b.ClaimedBy).HasMaxLength(ImportBatch.ClaimedByMaxLength);
        builder.HasOne(b => b.Plan).WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.OrganisationId, b.Status });
        builder.HasIndex(b => b.Status);
    }
}
