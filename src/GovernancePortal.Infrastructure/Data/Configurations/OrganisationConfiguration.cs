using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(Organisation.CodeMaxLength);
        builder.Property(o => o.Name).HasMaxLength(TextLimits.Name);
        builder.Property(o => o.ShortName).HasMaxLength(TextLimits.Code);
        builder.HasIndex(o => o.Code).IsUnique();
    }
}
