using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(TextLimits.Name);
        builder.Property(p => p.JobTitle).HasMaxLength(TextLimits.JobTitle);
        builder.Property(p => p.Email).HasMaxLength(TextLimits.Email);
        builder.Property(p => p.BusinessGroup).HasMaxLength(TextLimits.ShortTitle);
        builder.Ignore(p => p.DisplayName);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.OrganisationId, p.JobTitle });
        builder.HasMany(p => p.PreviousHolders).WithOne().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PostHoldingConfiguration : IEntityTypeConfiguration<PostHolding>
{
    public void Configure(EntityTypeBuilder<PostHolding> builder)
    {
        builder.Property(h => h.FullName).HasMaxLength(TextLimits.Name);
        builder.Property(h => h.Email).HasMaxLength(TextLimits.Email);
        builder.Property(h => h.UserId).HasMaxLength(450);
    }
}
