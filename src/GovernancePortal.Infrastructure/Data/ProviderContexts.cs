using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Data;

/// <summary>SQLite: the embedded default (a file, zero set-up).</summary>
public sealed class SqliteGovernancePortalDbContext(DbContextOptions<SqliteGovernancePortalDbContext> options)
    : GovernancePortalDbContext(options);

/// <summary>SQL Server: the production provider.</summary>
public sealed class SqlServerGovernancePortalDbContext(DbContextOptions<SqlServerGovernancePortalDbContext> options)
    : GovernancePortalDbContext(options);

/// <summary>PostgreSQL: a supported alternative, and the client/server engine the test suite runs against.</summary>
public sealed class PostgresGovernancePortalDbContext(DbContextOptions<PostgresGovernancePortalDbContext> options)
    : GovernancePortalDbContext(options);
