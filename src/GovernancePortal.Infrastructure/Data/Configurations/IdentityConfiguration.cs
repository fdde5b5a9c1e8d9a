using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.HasMany(u => u.Organisations).WithOne().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The portal's roles are reference data, created by the migrations.</summary>
public sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(AppRoles.All.Select(role => new IdentityRole(role)
        {
            Id = "role-" + role.ToLowerInvariant(),
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = "role-" + role.ToLowerInvariant(),
        }));
}

public sealed class UserOrganisationConfiguration : IEntityTypeConfiguration<UserOrganisation>
{
    public void Configure(EntityTypeBuilder<UserOrganisation> builder)
    {
        builder.HasKey(o => new { o.UserId, o.OrganisationId });
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(UserSession.IdLength);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Client).HasMaxLength(UserSession.ClientMaxLength);
        builder.Property(s => s.IpAddress).HasMaxLength(UserSession.AddressMaxLength);
        builder.Property(s => s.EndReason).HasMaxLength(UserSession.EndReasonMaxLength);
        builder.Property(s => s.Method).HasMaxLength(UserSession.MethodMaxLength);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAtUtc);
    }
}
