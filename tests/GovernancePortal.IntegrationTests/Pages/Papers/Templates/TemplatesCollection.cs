using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Templates;

// The template pages change an organisation's templates (there is no way yet to make a throwaway organisation with a
// governance account), and papers created elsewhere read those templates: these tests have a portal of their own.
[CollectionDefinition(Name)]
public sealed class SqlitePaperTemplatesCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (paper templates)";
}
