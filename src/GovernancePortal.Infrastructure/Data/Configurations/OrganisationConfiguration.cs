using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using GovernancePortal.Infrastructure.Data.Conversions;
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
        builder.Property(o => o.RagRule).HasConversion<RagRuleConverter>().HasMaxLength(1_000);

        // Reference data: the organisations the portal serves. Part of the migrations (and so of the SQL script), so
        // a database created by any route has them.
        builder.HasData(
            new Organisation
            {
                Id = 1,
                Code = OrganisationCodes.Met,
                Name = "Metropolitan Police Service",
                ShortName = "Met",
                ActionCodeScheme = ActionCodeScheme.AreaSequence,
                RagRule = RagRule.Standard,
                UpdateWindowDays = 30,
                Version = new Guid("6d1f1c52-0c39-4c43-9b1a-5f0d2b6e0001"),
            },
            new Organisation
            {
                Id = 2,
                Code = OrganisationCodes.Mopac,
                Name = "Mayor's Office for Policing And Crime",
                ShortName = "MOPAC",
                ActionCodeScheme = ActionCodeScheme.PrincipleNumber,
                RagRule = RagRule.Standard,
                UpdateWindowDays = 30,
                Version = new Guid("6d1f1c52-0c39-4c43-9b1a-5f0d2b6e0002"),
            });
    }
}
