using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.UnitTests.Application;

/// <summary><see cref="Concurrency.ExpectVersion"/>: the one way a use case says which version its form was based on.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ConcurrencyTests()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
        db.Records.Add(new Record { Id = 1, Title = "First", Version = Guid.NewGuid() });
        db.SaveChanges();
    }

    [Fact]
    public void ExpectVersion_StaleVersion_ThrowsConflictWithTheStoredValues()
    {
        using var db = NewContext();
        var record = db.Records.Single();

        var conflict = Assert.Throws<ConcurrencyConflictException>(() =>
            db.ExpectVersion(record, Guid.NewGuid(), currentValues: () => new Dictionary<string, string?> { ["Title"] = record.Title }));

        Assert.Equal(Concurrency.ConflictMessage, conflict.Message);
        Assert.Equal("First", conflict.CurrentValues["Title"]);
    }

    [Fact]
    public void ExpectVersion_StaleVersionWithOwnMessage_ThrowsThatMessage()
    {
        using var db = NewContext();
        var record = db.Records.Single();

        var conflict = Assert.Throws<ConcurrencyConflictException>(() => db.ExpectVersion(record, Guid.NewGuid(), "Someone changed this area."));

        Assert.Equal("Someone changed this area.", conflict.Message);
        Assert.Empty(conflict.CurrentValues);
    }

    [Fact]
    public void ExpectVersion_CurrentVersion_MarksTheVersionForTheSave()
    {
        using var db = NewContext();
        var record = db.Records.Single();

        db.ExpectVersion(record, record.Version);

        var version = db.Entry(record).Property(r => r.Version);
        Assert.True(version.IsModified);
        Assert.Equal(record.Version, version.OriginalValue);
    }

    [Fact]
    public void ExpectVersion_SomeoneSavesInBetween_SaveFailsAsAConcurrencyError()
    {
        using var mine = NewContext();
        var record = mine.Records.Single();
        var formVersion = record.Version;
        using (var theirs = NewContext())
        {
            var same = theirs.Records.Single();
            same.Title = "Theirs";
            same.Version = Guid.NewGuid();
            theirs.SaveChanges();
        }

        mine.ExpectVersion(record, formVersion);
        record.Title = "Mine";
        record.Version = Guid.NewGuid();

        Assert.Throws<DbUpdateConcurrencyException>(() => mine.SaveChanges());
    }

    [Fact]
    public void ExpectVersion_NoChangeButRowsBeneath_StillRewritesTheRecordSoTwoActionsCannotBothSucceed()
    {
        using var db = NewContext();
        var record = db.Records.Single();

        db.ExpectVersion(record, record.Version);

        Assert.Equal(EntityState.Modified, db.Entry(record).State);
    }

    public void Dispose() => _connection.Dispose();

    private RecordsContext NewContext() => new(new DbContextOptionsBuilder<RecordsContext>().UseSqlite(_connection).Options);

    public sealed class Record : IVersioned
    {
        public int Id { get; set; }

        public string Title { get; set; } = string.Empty;

        public Guid Version { get; set; }
    }

    public sealed class RecordsContext(DbContextOptions<RecordsContext> options) : DbContext(options)
    {
        public DbSet<Record> Records => Set<Record>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Record>().Property(r => r.Version).IsConcurrencyToken();
    }
}
