using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Papers;

// The seed and read-back tests compare the demo papers with their sources, exactly as seeded; other classes change
// seeded rows those papers print (a MOPAC principle's position), so these read a portal of their own.
[CollectionDefinition(Name)]
public sealed class SqliteSeededPapersCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (seeded papers)";
}
