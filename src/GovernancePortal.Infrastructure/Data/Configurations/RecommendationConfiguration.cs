using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class RecommendationSourceConfiguration : IEntityTypeConfiguration<RecommendationSource>
{
    public void Configure(EntityTypeBuilder<RecommendationSource> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(RecommendationSource.NameMaxLength);
        builder.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RecommendationThemeConfiguration : IEntityTypeConfiguration<RecommendationTheme>
{
    public void Configure(EntityTypeBuilder<RecommendationTheme> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(RecommendationTheme.NameMaxLength);
        builder.HasIndex(t => new { t.OrganisationId, t.Name }).IsUnique();
        builder.HasOne(t => t.Organisation).WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SourceReportConfiguration : IEntityTypeConfiguration<SourceReport>
{
    public void Configure(EntityTypeBuilder<SourceReport> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(SourceReport.TitleMaxLength);
        builder.Property(r => r.Reference).HasMaxLength(SourceReport.ReferenceMaxLength);
        builder.HasIndex(r => new { r.OrganisationId, r.SourceId });
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Recommendations).WithOne(x => x.Report).HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(Recommendation.ReferenceMaxLength);
        builder.Property(r => r.Text).HasMaxLength(Recommendation.TextMaxLength);
        builder.Property(r => r.DeliveryDetail).HasMaxLength(Recommendation.DetailMaxLength);
        builder.Property(r => r.OwnerText).HasMaxLength(Recommendation.OwnerTextMaxLength);
        builder.Property(r => r.RaisedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.ClosureEvidence).HasMaxLength(Recommendation.ReasonMaxLength);
        builder.Property(r => r.ProposedByUserId).HasMaxLength(450);
        builder.Property(r => r.ProposedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.ClosedByName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.ApprovingBody).HasMaxLength(Recommendation.BodyMaxLength);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsRevised);
        builder.Ignore(r => r.OwnerDisplay);
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.HasIndex(r => new { r.ReportId, r.Reference }).IsUnique();
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Theme).WithMany().HasForeignKey(r => r.ThemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(e => e.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Links).WithOne().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RecommendationEventConfiguration : IEntityTypeConfiguration<RecommendationEvent>
{
    public void Configure(EntityTypeBuilder<RecommendationEvent> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(Recommendation.ReasonMaxLength);
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.ByName).HasMaxLength(TextLimits.Name);
    }
}

public sealed class RecommendationActionLinkConfiguration : IEntityTypeConfiguration<RecommendationActionLink>
{
    public void Configure(EntityTypeBuilder<RecommendationActionLink> builder)
    {
        builder.HasIndex(l => new { l.RecommendationId, l.ActionId }).IsUnique();
        builder.HasOne(l => l.Action).WithMany().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
