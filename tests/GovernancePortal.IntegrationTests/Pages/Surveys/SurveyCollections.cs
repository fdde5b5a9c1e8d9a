using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

// Portals of their own for the survey tests: every test makes a survey of its own, and an organisation has one survey
// per reporting year (ReportingYear allows 2000–2098), so one database would run out of years. Three databases (each a
// copy of the seeded template) also let the three groups run side by side.

[CollectionDefinition(Name)]
public sealed class SqliteSurveyBuildingCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (survey building)";
}

[CollectionDefinition(Name)]
public sealed class SqliteSurveyReturnsCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (survey returns and e-mail)";
}

[CollectionDefinition(Name)]
public sealed class SqliteSurveyAnalysisCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (survey analysis)";
}
