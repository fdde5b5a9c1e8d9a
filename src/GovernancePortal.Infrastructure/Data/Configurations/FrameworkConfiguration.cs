using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class PrincipleConfiguration : IEntityTypeConfiguration<Principle>
{
    public void Configure(EntityTypeBuilder<Principle> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(Principle.CodeMaxLength);
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        builder.HasIndex(p => new { p.OrganisationId, p.Code }).IsUnique();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.SubPrinciples).WithOne().HasForeignKey(s => s.PrincipleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubPrincipleConfiguration : IEntityTypeConfiguration<SubPrinciple>
{
    public void Configure(EntityTypeBuilder<SubPrinciple> builder) =>
        builder.Property(s => s.Title).HasMaxLength(TextLimits.Title);
}

public sealed class GovernanceAreaConfiguration : IEntityTypeConfiguration<GovernanceArea>
{
    public void Configure(EntityTypeBuilder<GovernanceArea> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(GovernanceArea.ReferenceMaxLength);
        builder.Property(a => a.Title).HasMaxLength(TextLimits.Title);
        builder.Property(a => a.Description).HasMaxLength(TextLimits.MediumText);
        builder.Property(a => a.CommitmentsLeadIn).HasMaxLength(TextLimits.Title);
        builder.HasIndex(a => new { a.OrganisationId, a.Reference }).IsUnique();
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Principle).WithMany().HasForeignKey(a => a.PrincipleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.SeniorLeads).WithMany().UsingEntity("GovernanceAreaLeads");
        builder.HasMany(a => a.Statements).WithOne().HasForeignKey(s => s.GovernanceAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AreaStatementConfiguration : IEntityTypeConfiguration<AreaStatement>
{
    public void Configure(EntityTypeBuilder<AreaStatement> builder)
    {
        builder.Property(s => s.SubTopic).HasMaxLength(AreaStatement.SubTopicMaxLength);
        builder.Property(s => s.Text).HasMaxLength(TextLimits.LongText);
        builder.HasIndex(s => new { s.GovernanceAreaId, s.Year, s.Kind });
    }
}

public sealed class FrameworkYearConfiguration : IEntityTypeConfiguration<FrameworkYear>
{
    public void Configure(EntityTypeBuilder<FrameworkYear> builder)
    {
        builder.HasIndex(y => new { y.OrganisationId, y.Year }).IsUnique();
        builder.HasOne(y => y.Organisation).WithMany().HasForeignKey(y => y.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(y => y.IsPublished);
    }
}

public sealed class StatementProposalConfiguration : IEntityTypeConfiguration<StatementProposal>
{
    public void Configure(EntityTypeBuilder<StatementProposal> builder)
    {
        builder.Property(p => p.SubTopic).HasMaxLength(AreaStatement.SubTopicMaxLength);
        builder.Property(p => p.ProposedText).HasMaxLength(TextLimits.LongText);
        builder.Property(p => p.Reason).HasMaxLength(StatementProposal.CommentMaxLength);
        builder.Property(p => p.DecisionComment).HasMaxLength(StatementProposal.CommentMaxLength);
        builder.Property(p => p.ProposedByUserId).HasMaxLength(450);
        builder.Property(p => p.ProposedByName).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.DecidedByName).HasMaxLength(TextLimits.Name);
        builder.HasOne(p => p.GovernanceArea).WithMany().HasForeignKey(p => p.GovernanceAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AreaStatement>().WithMany().HasForeignKey(p => p.AreaStatementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Status, p.GovernanceAreaId });
    }
}
