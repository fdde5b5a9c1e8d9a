using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

// Portals of their own, for tests that change seeded rows other tests read (the dashboard and plan pages assert the
// seeded counts; the shared SqliteCollection/PostgresCollection keep them): the action workflows on seeded Met actions,
// carrying the Met plan forward (it closes the plan), the organisation-wide RAG settings (they re-rate every action),
// a plan of 120 actions (it changes the Met's counts) and imports (they add actions to the seeded plans).

[CollectionDefinition(Name)]
public sealed class SqliteImprovementCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (improvement workflow)";
}

[CollectionDefinition(Name)]
public sealed class PostgresImprovementCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (improvement workflow)";
}

[CollectionDefinition(Name)]
public sealed class SqliteCarryForwardCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (carry-forward)";
}

[CollectionDefinition(Name)]
public sealed class SqliteRagSettingsCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (RAG settings)";
}

[CollectionDefinition(Name)]
public sealed class SqliteManyActionsCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (many actions)";
}

[CollectionDefinition(Name)]
public sealed class PostgresManyActionsCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (many actions)";
}

[CollectionDefinition(Name)]
public sealed class ImportCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (import)";
}

[CollectionDefinition(Name)]
public sealed class PostgresImportCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (import)";
}
