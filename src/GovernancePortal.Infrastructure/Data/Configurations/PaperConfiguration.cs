using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class PaperTemplateConfiguration : IEntityTypeConfiguration<PaperTemplate>
{
    public void Configure(EntityTypeBuilder<PaperTemplate> builder)
    {
        builder.Ignore(t => t.OrderedSections);
        builder.HasIndex(t => new { t.OrganisationId, t.Kind }).IsUnique();
        builder.HasOne(t => t.Organisation).WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Sections).WithOne().HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TemplateSectionConfiguration : IEntityTypeConfiguration<TemplateSection>
{
    public void Configure(EntityTypeBuilder<TemplateSection> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(SectionDefinition.CodeMaxLength);
        builder.Property(s => s.Heading).HasMaxLength(SectionDefinition.HeadingMaxLength);
        builder.Property(s => s.DefaultText).HasMaxLength(TextLimits.LongText);

        // A combination of flags: stored as a number (the text form can be long).
        builder.Property(s => s.Elements).HasConversion<int>();
        builder.Ignore(s => s.Definition);
    }
}

public sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        builder.Property(p => p.Subtitle).HasMaxLength(TextLimits.Title);
        builder.Property(p => p.ProtectiveMarking).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(p => p.MeetingName).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(p => p.ReportBy).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(p => p.CreatedByName).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.ApprovedByName).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.PublishedByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.IsPublished);
        builder.Ignore(p => p.OrderedSections);
        builder.Ignore(p => p.OrderedSignatories);
        builder.HasIndex(p => new { p.OrganisationId, p.Kind, p.Year });
        builder.Property(p => p.AnnualKey).HasMaxLength(40);
        builder.HasIndex(p => new { p.OrganisationId, p.Year, p.AnnualKey }).IsUnique();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ImprovementPlan).WithMany().HasForeignKey(p => p.ImprovementPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Signatories).WithOne().HasForeignKey(s => s.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ControlEntries).WithOne().HasForeignKey(e => e.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Appendices).WithOne().HasForeignKey(a => a.CoverPaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Comments).WithOne().HasForeignKey(c => c.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PaperSectionConfiguration : IEntityTypeConfiguration<PaperSection>
{
    public void Configure(EntityTypeBuilder<PaperSection> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(SectionDefinition.CodeMaxLength);
        builder.Property(s => s.Heading).HasMaxLength(SectionDefinition.HeadingMaxLength);
        builder.Property(s => s.Text).HasMaxLength(TextLimits.LongText);
        builder.Property(s => s.Elements).HasConversion<int>();
        builder.Ignore(s => s.Title);
    }
}

public sealed class PaperSignatoryConfiguration : IEntityTypeConfiguration<PaperSignatory>
{
    public void Configure(EntityTypeBuilder<PaperSignatory> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(TextLimits.Name);
        builder.Property(s => s.Role).HasMaxLength(TextLimits.JobTitle);
        builder.Property(s => s.RecordedByName).HasMaxLength(TextLimits.Name);
    }
}

public sealed class PaperControlEntryConfiguration : IEntityTypeConfiguration<PaperControlEntry>
{
    public void Configure(EntityTypeBuilder<PaperControlEntry> builder)
    {
        builder.Property(e => e.Label).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(e => e.Value).HasMaxLength(TextLimits.MediumText);
    }
}

public sealed class PaperAppendixConfiguration : IEntityTypeConfiguration<PaperAppendix>
{
    public void Configure(EntityTypeBuilder<PaperAppendix> builder)
    {
        builder.Property(a => a.Label).HasMaxLength(TextLimits.Code);
        builder.HasOne(a => a.AppendedPaper).WithMany().HasForeignKey(a => a.AppendedPaperId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CoverPaperId, a.AppendedPaperId }).IsUnique();
    }
}

public sealed class PaperCommentConfiguration : IEntityTypeConfiguration<PaperComment>
{
    public void Configure(EntityTypeBuilder<PaperComment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Paper.CommentMaxLength);
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.ResolvedByName).HasMaxLength(TextLimits.Name);
        builder.Ignore(c => c.IsResolved);
        builder.HasOne(c => c.Section).WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PaperVersionConfiguration : IEntityTypeConfiguration<PaperVersion>
{
    public void Configure(EntityTypeBuilder<PaperVersion> builder)
    {
        builder.Property(v => v.Change).HasMaxLength(PaperVersion.ChangeMaxLength);
        builder.Property(v => v.SavedByName).HasMaxLength(TextLimits.Name);

        // The whole paper as shown at that version: unbounded text on every provider.
        builder.HasIndex(v => new { v.PaperId, v.Number }).IsUnique();
    }
}

public sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntry>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> builder)
    {
        builder.Property(g => g.Acronym).HasMaxLength(GlossaryEntry.AcronymMaxLength);
        builder.Property(g => g.Definition).HasMaxLength(GlossaryEntry.DefinitionMaxLength);
        builder.HasIndex(g => new { g.OrganisationId, g.Acronym }).IsUnique();
        builder.HasOne(g => g.Organisation).WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditOpinionConfiguration : IEntityTypeConfiguration<AuditOpinion>
{
    public void Configure(EntityTypeBuilder<AuditOpinion> builder)
    {
        builder.Property(o => o.Opinion).HasMaxLength(TextLimits.MediumText);
        builder.Property(o => o.GivenBy).HasMaxLength(TextLimits.ShortTitle);
        builder.Property(o => o.Basis).HasMaxLength(TextLimits.LongText);
        builder.Ignore(o => o.OrderedRecommendations);
        builder.HasIndex(o => new { o.OrganisationId, o.Year }).IsUnique();
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Recommendations).WithOne().HasForeignKey(r => r.OpinionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuditRecommendationConfiguration : IEntityTypeConfiguration<AuditRecommendation>
{
    public void Configure(EntityTypeBuilder<AuditRecommendation> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(AuditRecommendation.NumberMaxLength);
        builder.Property(r => r.Text).HasMaxLength(TextLimits.MediumText);
        builder.Property(r => r.ManagementResponse).HasMaxLength(TextLimits.MediumText);
    }
}
