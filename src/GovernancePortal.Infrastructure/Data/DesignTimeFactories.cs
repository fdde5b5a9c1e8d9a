using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GovernancePortal.Infrastructure.Data;

// Used by `dotnet ef` only (migrations and scripts). No database is contacted when generating migrations.

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernancePortalDbContext>
{
    public SqliteGovernancePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovernancePortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerGovernancePortalDbContext>
{
    public SqlServerGovernancePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerGovernancePortalDbContext>().UseSqlServer("Server=localhost;Database=GovernancePortal;Trusted_Connection=True;TrustServerCertificate=True").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGovernancePortalDbContext>
{
    public PostgresGovernancePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGovernancePortalDbContext>().UseNpgsql("Host=localhost;Database=governanceportal;Username=postgres").Options);
}
