using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernancePortal.Infrastructure.Data.Scheduler;

/// <summary>
/// Maps <see cref="SchedulerTables"/> into the model as property-bag entities (no classes: nothing in the portal
/// queries them), with the column types each Quartz driver delegate reads and writes: on SQL Server nvarchar, bigint,
/// int, bit and varbinary(max) with upper-case names; on PostgreSQL text, bigint, integer, bool and bytea with
/// lower-case names (Quartz's SQL is unquoted, which PostgreSQL folds to lower case); on SQLite its storage classes.
/// </summary>
public static class SchedulerModel
{
    public static void Apply(ModelBuilder builder, string? providerName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dialect = providerName switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => Dialect.SqlServer,
            "Npgsql.EntityFrameworkCore.PostgreSQL" => Dialect.Postgres,
            _ => Dialect.Sqlite,
        };
        foreach (var table in SchedulerTables.All)
        {
            builder.SharedTypeEntity<Dictionary<string, object>>(EntityName(table.Name), entity => Map(entity, table, dialect));
        }
    }

    private static string EntityName(string table) => "Scheduler" + SchedulerTables.Prefix + table;

    private static void Map(EntityTypeBuilder<Dictionary<string, object>> entity, SchedulerTable table, Dialect dialect)
    {
        entity.ToTable(Name(SchedulerTables.Prefix + table.Name, dialect));
        foreach (var column in table.Columns)
        {
            var property = entity.IndexerProperty(ClrType(column), column.Name)
                .HasColumnName(Name(column.Name, dialect))
                .HasColumnType(ColumnType(column, dialect))
                .IsRequired(column.Required);
            if (column.DefaultValue is { } value)
            {
                property.HasDefaultValue(value);
            }
        }

        entity.HasKey(table.PrimaryKey).HasName(Name($"PK_{SchedulerTables.Prefix}{table.Name}", dialect));
        if (table.ForeignKey is { } foreignKey)
        {
            entity.HasOne(EntityName(foreignKey.Table)).WithMany().HasForeignKey(foreignKey.Columns).HasPrincipalKey(foreignKey.Columns)
                .OnDelete(foreignKey.Cascade ? DeleteBehavior.Cascade : DeleteBehavior.NoAction)
                .HasConstraintName(Name($"FK_{SchedulerTables.Prefix}{table.Name}_{SchedulerTables.Prefix}{foreignKey.Table}", dialect));
        }

        foreach (var index in table.Indexes ?? [])
        {
            var built = entity.HasIndex(index.Columns, index.Name).HasDatabaseName(Name(index.Name, dialect));
            if (index.Descending is { } descending)
            {
                built.IsDescending(descending);
            }
        }
    }

    private static string Name(string name, Dialect dialect) => dialect == Dialect.Postgres ? name.ToLowerInvariant() : name;

    private static Type ClrType(SchedulerColumn column) => column.Kind switch
    {
        SchedulerColumnKind.Text or SchedulerColumnKind.LongText => typeof(string),
        SchedulerColumnKind.BigInt => column.Required ? typeof(long) : typeof(long?),
        SchedulerColumnKind.Int => column.Required ? typeof(int) : typeof(int?),
        SchedulerColumnKind.Bool => column.Required ? typeof(bool) : typeof(bool?),
        SchedulerColumnKind.Decimal => typeof(decimal?),
        _ => typeof(byte[]),
    };

    private static string ColumnType(SchedulerColumn column, Dialect dialect) => (column.Kind, dialect) switch
    {
        (SchedulerColumnKind.Text, Dialect.SqlServer) => $"nvarchar({column.Length})",
        (SchedulerColumnKind.LongText, Dialect.SqlServer) => "nvarchar(max)",
        (SchedulerColumnKind.BigInt, Dialect.SqlServer) => "bigint",
        (SchedulerColumnKind.Int, Dialect.SqlServer) => "int",
        (SchedulerColumnKind.Bool, Dialect.SqlServer) => "bit",
        (SchedulerColumnKind.Decimal, Dialect.SqlServer) => "numeric(13,4)",
        (SchedulerColumnKind.Binary, Dialect.SqlServer) => "varbinary(max)",
        (SchedulerColumnKind.Text or SchedulerColumnKind.LongText, Dialect.Postgres) => "text",
        (SchedulerColumnKind.BigInt, Dialect.Postgres) => "bigint",
        (SchedulerColumnKind.Int, Dialect.Postgres) => "integer",
        (SchedulerColumnKind.Bool, Dialect.Postgres) => "boolean",
        (SchedulerColumnKind.Decimal, Dialect.Postgres) => "numeric(13,4)",
        (SchedulerColumnKind.Binary, Dialect.Postgres) => "bytea",
        (SchedulerColumnKind.Text or SchedulerColumnKind.LongText, _) => "TEXT",
        (SchedulerColumnKind.BigInt or SchedulerColumnKind.Int or SchedulerColumnKind.Bool, _) => "INTEGER",
        (SchedulerColumnKind.Decimal, _) => "NUMERIC",
        _ => "BLOB",
    };

    private enum Dialect
    {
        Sqlite,
        SqlServer,
        Postgres,
    }
}
