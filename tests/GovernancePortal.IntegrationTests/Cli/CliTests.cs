using GovernancePortal.Cli;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gp-cli-").FullName;

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "cli.db")}",
        ["Logging:LogLevel:Default"] = "None",
        ["Logging:LogLevel:GovernancePortal"] = "None",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "None",
    };

    /// <summary>A database migrated once for the class by `govportal migrate`, copied for each test that starts from one.</summary>
    private static readonly Lazy<Task<string>> Migrated = new(async () =>
    {
        var folder = Directory.CreateTempSubdirectory("gp-cli-migrated-").FullName;
        var path = Path.Combine(folder, "cli.db");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={path};Pooling=False",
            ["Logging:LogLevel:Default"] = "None",
        };
        var code = await CliApp.RunAsync(["migrate"], TextWriter.Null, TextWriter.Null, new StringReader(""), settings);
        Assert.Equal(CliApp.Ok, code);
        return path;
    });

    private async Task MigratedAsync() => File.Copy(await Migrated.Value, Path.Combine(_folder, "cli.db"), overwrite: true);

    private async Task<(int Code, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new StringReader(stdin), Settings);
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
        await MigratedAsync();
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
        await MigratedAsync();
        var result = await RunAsync("short\n", "create-user", "--email", "x@example.org", "--name", "X", "--role", "Nobody", "--password-stdin");
        Assert.Equal(CliApp.InvalidInput, result.Code);
        Assert.Contains("Password must be 12 characters or more", result.Error, StringComparison.Ordinal);
        Assert.Contains("Select roles from the list", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_MigratedDatabase_LoadsOnceOnly()
    {
        await MigratedAsync();
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

    [Theory]
    [InlineData("pdf", "%PDF")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("docx", "PK")]
    public async Task Papers_CoverReportWithAppendix_WritesTheWholePack(string format, string start)
    {
        await MigratedAsync();
        await AddCoverReportAsync();
        var file = Path.Combine(_folder, $"pack.{format}");

        var result = await RunAsync("", "papers", "cover", "--org", "mps", "--year", "2016/17", "--format", format, "--out", file);

        Assert.Equal(CliApp.Ok, result.Code);
        Assert.Contains($"Wrote {file}: Audit Panel cover report 2016/17 with 1 appendix", result.Output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes, 0, start.Length), StringComparison.Ordinal);
        if (format == "html")
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("Audit Panel cover report 2016/17</h1>", html, StringComparison.Ordinal);
            Assert.Contains("Annual Governance Statement 2016/17</h1>", html, StringComparison.Ordinal);
            Assert.Contains("Appendix 1", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(CliApp.InvalidInput, "There is no organisation with the code 'XYZ'. Use one of: ", "ags", "--org", "XYZ", "--year", "2016/17", "--format", "pdf")]
    [InlineData(CliApp.InvalidInput, "'2016/18' is not a reporting year. Give it like 2016/17.", "ags", "--org", "MPS", "--year", "2016/18", "--format", "pdf")]
    [InlineData(CliApp.InvalidInput, "'rtf' is not a format. Use pdf, html or docx.", "ags", "--org", "MPS", "--year", "2016/17", "--format", "rtf")]
    [InlineData(CliApp.InvalidInput, "'minutes' is not a kind of paper. Use ags, code, progress or cover.", "minutes", "--org", "MPS", "--year", "2016/17", "--format", "pdf")]
    [InlineData(CliApp.Failed, "MPS has no Code of Governance for 2016/17.", "code", "--org", "MPS", "--year", "2016/17", "--format", "pdf")]
    [InlineData(CliApp.Failed, "MOPAC has no Annual Governance Statement for 2016/17.", "ags", "--org", "MOPAC", "--year", "2016/17", "--format", "pdf")]
    [InlineData(CliApp.InvalidInput, "'soon' is neither an improvement plan period (like 2018/21) nor a reporting year (like 2018/19).", "progress", "--org", "MPS", "--year", "soon", "--format", "pdf")]
    [InlineData(CliApp.Failed, "MPS has no improvement plan for 2030/33: it has no improvement plans.", "progress", "--org", "MPS", "--year", "2030/33", "--format", "pdf")]
    public async Task Papers_BadRequest_ExplainsAndWritesNothing(int exitCode, string message, params string[] args)
    {
        await MigratedAsync();
        await AddCoverReportAsync();
        var file = Path.Combine(_folder, "out.pdf");

        var result = await RunAsync("", ["papers", .. args, "--out", file]);

        Assert.Equal(exitCode, result.Code);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Papers_UnwritablePath_FailsWithTheReason()
    {
        await MigratedAsync();
        await AddCoverReportAsync();
        var file = Path.Combine(_folder, "no-such-folder", "ags.pdf");

        var result = await RunAsync("", "papers", "ags", "--org", "MPS", "--year", "2016-17", "--format", "pdf", "--out", file);

        Assert.Equal(CliApp.Failed, result.Code);
        Assert.Contains($"Could not write {file}: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018/21")]
    [InlineData("2018-21")]
    [InlineData("2018/19")]
    public async Task Papers_ProgressByPlanPeriodOrYearWithin_WritesTheLatestReportOnThatPlan(string year)
    {
        await MigratedAsync();
        await using (var scope = await ScopeAsync())
        {
            var db = scope.Db;
            var mps = await db.Organisations.SingleAsync(o => o.Code == "MPS");
            var plan = new GovernancePortal.Domain.Improvement.ImprovementPlan { OrganisationId = mps.Id, Title = "Improvement plan 2018/21", FirstYear = new ReportingYear(2018), LastYear = new ReportingYear(2020) };
            db.ImprovementPlans.Add(plan);
            await db.SaveChangesAsync();
            var template = new PaperTemplate { OrganisationId = mps.Id, Kind = PaperKind.ProgressReport };
            template.AddSection(new SectionDefinition("1", "Progress", SectionContent.Text, default, false, "Most actions are on track."));
            var actor = new Actor(null, "Test", new DateTime(2019, 5, 1, 0, 0, 0, DateTimeKind.Utc));
            foreach (var start in new[] { 2019, 2018 })
            {
                var report = Paper.Create(template, null, new ReportingYear(start), $"Progress report {new ReportingYear(start)}", actor);
                report.ImprovementPlanId = plan.Id;
                db.Papers.Add(report);
            }

            await db.SaveChangesAsync();
        }

        var file = Path.Combine(_folder, "progress.html");
        var result = await RunAsync("", "papers", "progress", "--org", "MPS", "--year", year, "--format", "html", "--out", file);

        Assert.Equal(CliApp.Ok, result.Code);
        Assert.Contains("<h1 id=\"", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains(": Progress report 2019/20 (", result.Output, StringComparison.Ordinal);
    }

    private sealed class DbScope(ServiceProvider provider, AsyncServiceScope scope) : IAsyncDisposable
    {
        public GovernancePortalDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await provider.DisposeAsync();
        }
    }

    private Task<DbScope> ScopeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var provider = new ServiceCollection().AddLogging().AddGovernancePortalData(configuration).BuildServiceProvider();
        return Task.FromResult(new DbScope(provider, provider.CreateAsyncScope()));
    }

    /// <summary>An MPS Annual Governance Statement for 2016/17 and the cover report that appends it.</summary>
    private async Task AddCoverReportAsync()
    {
        await using var scope = await ScopeAsync();
        var db = scope.Db;
        var mps = await db.Organisations.SingleAsync(o => o.Code == "MPS");
        var actor = new Actor(null, "Test", new DateTime(2017, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        var agsTemplate = new PaperTemplate { OrganisationId = mps.Id, Kind = PaperKind.AnnualGovernanceStatement };
        agsTemplate.AddSection(new SectionDefinition("A", "Scope of responsibilities", SectionContent.Text, default, false, "The MPS is responsible for proper governance."));
        var ags = Paper.Create(agsTemplate, null, new ReportingYear(2016), "Annual Governance Statement 2016/17", actor);
        db.Papers.Add(ags);
        await db.SaveChangesAsync();

        var coverTemplate = new PaperTemplate { OrganisationId = mps.Id, Kind = PaperKind.CoverReport };
        coverTemplate.AddSection(new SectionDefinition("1", "Purpose", SectionContent.Text, default, true, "The Panel is asked to note the statement."));
        var cover = Paper.Create(coverTemplate, null, new ReportingYear(2016), "Audit Panel cover report 2016/17", actor);
        cover.SetAppendices([ags]);
        db.Papers.Add(cover);
        await db.SaveChangesAsync();
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
