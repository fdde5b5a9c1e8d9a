using GovernancePortal.Cli;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.IntegrationTests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gp-cli-").FullName;

    private async Task<(int Code, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new StringReader(stdin), new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "cli.db")}",
            ["Logging:LogLevel:Default"] = "None",
            ["Logging:LogLevel:GovernancePortal"] = "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "None",
        });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesMigrationsThenIsIdempotent()
    {
        var first = await RunAsync("", "migrate");
        Assert.Equal(CliApp.Ok, first.Code);
        Assert.Matches(@"Applied \d+ migrations?: \d+_Initial, ", first.Output);

        var second = await RunAsync("", "migrate");
        Assert.Equal(CliApp.Ok, second.Code);
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_ValidInput_CreatesAccountWithTemporaryPassword()
    {
        await RunAsync("", "migrate");
        var result = await RunAsync("", "create-user", "--email", "first.admin@example.org", "--name", "First Admin", "--role", "Administrator");
        Assert.Equal(CliApp.Ok, result.Code);
        Assert.Matches("Temporary password: [a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{5}", result.Output);

        var duplicate = await RunAsync("", "create-user", "--email", "first.admin@example.org", "--name", "Again", "--role", "Administrator");
        Assert.Equal(CliApp.InvalidInput, duplicate.Code);
        Assert.Contains("An account with this email address already exists", duplicate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_InvalidInput_ExplainsAndExitsTwo()
    {
        await RunAsync("", "migrate");
        var result = await RunAsync("short\n", "create-user", "--email", "x@example.org", "--name", "X", "--role", "Nobody", "--password-stdin");
        Assert.Equal(CliApp.InvalidInput, result.Code);
        Assert.Contains("Password must be 12 characters or more", result.Error, StringComparison.Ordinal);
        Assert.Contains("Select roles from the list", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_MigratedDatabase_LoadsOnceOnly()
    {
        await RunAsync("", "migrate");
        Assert.Contains("Demo data loaded.", (await RunAsync("", "seed-demo")).Output, StringComparison.Ordinal);
        Assert.Contains("already has governance data", (await RunAsync("", "seed-demo")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_SqlServer_MatchesTheCommittedDeployScript()
    {
        var committed = Path.Combine(RepositoryRoot(), "deploy", "sql", "sqlserver-migrations.sql");
        var generated = Path.Combine(_folder, "sqlserver.sql");
        var result = await RunAsync("", "script", "--provider", nameof(DatabaseProvider.SqlServer), "--output", generated);
        Assert.Equal(CliApp.Ok, result.Code);
        Assert.True(
            File.ReadAllText(committed) == File.ReadAllText(generated),
            "deploy/sql/sqlserver-migrations.sql is stale. Regenerate it: dotnet run --project src/GovernancePortal.Cli -- script --provider SqlServer --output deploy/sql/sqlserver-migrations.sql");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovernancePortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (GovernancePortal.sln).");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
