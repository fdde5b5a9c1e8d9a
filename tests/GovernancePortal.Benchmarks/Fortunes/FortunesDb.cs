using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Benchmarks.Fortunes;

/// <summary>A fortune: the one table of the TechEmpower-style control.</summary>
public sealed class Fortune
{
    public int Id { get; set; }

    public required string Message { get; set; }
}

/// <summary>The control's own EF Core context (pooled, on a temporary SQLite file).</summary>
public sealed class FortunesDb(DbContextOptions<FortunesDb> options) : DbContext(options)
{
    public DbSet<Fortune> Fortunes => Set<Fortune>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Fortune>(fortune =>
        {
            fortune.ToTable("Fortune");
            fortune.Property(f => f.Id).ValueGeneratedNever();
            fortune.Property(f => f.Message).HasMaxLength(2048);
        });
    }
}
