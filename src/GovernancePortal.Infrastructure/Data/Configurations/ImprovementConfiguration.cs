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
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.HasSlipped);
        builder.HasIndex(a => new { a.AreaId, a.Code }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.DueDate });
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
