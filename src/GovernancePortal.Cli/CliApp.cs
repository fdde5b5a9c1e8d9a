using System.CommandLine;
using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Infrastructure.Seed;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernancePortal.Cli;

/// <summary>
/// <c>govportal</c>: operations on a Governance Portal database. Configuration comes from appsettings.json beside the
/// tool, then environment variables (<c>Database__Provider</c>, <c>ConnectionStrings__SqlServer</c> …), then the
/// <c>--provider</c> and <c>--connection-string</c> options.
/// Exit codes: 0 done, 1 failed, 2 invalid input.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input, IDictionary<string, string?>? settings = null)
    {
        var providerOption = new Option<string?>("--provider") { Description = "Database provider: Sqlite (default), SqlServer or Postgres.", Recursive = true };
        var connectionOption = new Option<string?>("--connection-string") { Description = "Connection string for the provider.", Recursive = true };

        var root = new RootCommand("Governance Portal operations: apply database migrations, create accounts, load demo data, write Audit Panel papers.");
        root.Options.Add(providerOption);
        root.Options.Add(connectionOption);

        var migrate = new Command("migrate", "Apply pending database migrations (they include the reference data: organisations and roles). Safe to run repeatedly.");
        migrate.SetAction((result, ct) => WithServices(result, "govportal migrate", async services =>
        {
            var initializer = services.GetRequiredService<DatabaseInitializer>();
            var pending = await initializer.GetPendingMigrationsAsync(ct);
            await initializer.MigrateAsync(ct);
            await output.WriteLineAsync(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {Plural.Of(pending.Count, "migration")}: {string.Join(", ", pending)}.");
            return Ok;
        }));

        var outputFile = new Option<FileInfo?>("--output") { Description = "Write the script to this file instead of standard output." };
        var script = new Command("script", "Write the idempotent SQL script of all migrations for the provider (for DBAs who apply changes themselves). Needs no database connection.") { outputFile };
        script.SetAction((result, ct) => WithServices(result, "govportal script", async services =>
        {
            var sql = services.GetRequiredService<DatabaseInitializer>().GenerateIdempotentScript();
            if (result.GetValue(outputFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, sql, ct);
                await output.WriteLineAsync($"Wrote {file.FullName}.");
            }
            else
            {
                await output.WriteAsync(sql);
            }

            return Ok;
        }, needsConnection: false));

        var email = new Option<string>("--email") { Description = "The user's e-mail address (their sign-in name).", Required = true };
        var name = new Option<string>("--name") { Description = "The user's full name.", Required = true };
        var roles = new Option<string[]>("--role") { Description = $"A role ({string.Join(", ", AppRoles.All)}); repeat for several.", Required = true, AllowMultipleArgumentsPerToken = true };
        var organisations = new Option<string[]>("--organisation") { Description = "An organisation code (MPS, MOPAC); repeat for several.", AllowMultipleArgumentsPerToken = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (otherwise a temporary one is generated and printed)." };
        var createUser = new Command("create-user", "Create an account. Without --password-stdin a temporary password is generated; the user must change it at first sign-in.")
        {
            email, name, roles, organisations, passwordStdin,
        };
        createUser.SetAction((result, ct) => WithServices(result, "govportal create-user", async services =>
        {
            var fromStdin = result.GetValue(passwordStdin);
            var password = fromStdin ? (await input.ReadLineAsync(ct))?.TrimEnd('\r', '\n') ?? string.Empty : PasswordGenerator.Generate();
            var mediator = services.GetRequiredService<IMediator>();
            await mediator.Send(new CreateUser.Command(
                result.GetValue(email)!,
                result.GetValue(name)!,
                password,
                result.GetValue(roles) ?? [],
                [.. (result.GetValue(organisations) ?? []).Select(o => o.ToUpperInvariant())],
                MustChangePassword: !fromStdin), ct);
            await output.WriteLineAsync($"Created {result.GetValue(email)}.");
            if (!fromStdin)
            {
                await output.WriteLineAsync($"Temporary password: {password}  (give it to the user securely; they must change it when they first sign in)");
            }

            return Ok;
        }));

        var accounts = new Option<bool>("--accounts") { Description = "Also create or reset the six demo accounts (password read from standard input)." };
        var seedDemo = new Command("seed-demo", "Load the demo governance data (from the source Audit Panel papers) into an empty, migrated database.") { accounts };
        seedDemo.SetAction((result, ct) => WithServices(result, "govportal seed-demo", async services =>
        {
            var seeded = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
            await output.WriteLineAsync(seeded ? "Demo data loaded." : "The database already has governance data; demo data not loaded.");
            if (result.GetValue(accounts))
            {
                var password = (await input.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
                if (string.IsNullOrWhiteSpace(password))
                {
                    await error.WriteLineAsync("Give the demo accounts' password on standard input.");
                    return InvalidInput;
                }

                var created = await services.GetRequiredService<DemoAccountSeeder>().EnsureAsync(password, ct);
                await output.WriteLineAsync($"Demo accounts ready: {string.Join(", ", created.Select(a => a.Email))}.");
            }

            return Ok;
        }));

        var paperKind = new Argument<string>("kind") { Description = $"Which paper: {PaperCommand.Kinds} (Annual Governance Statement, Code of Governance, improvement plan progress report, Audit Panel cover report with its appendices)." };
        var paperOrganisation = new Option<string>("--org") { Description = "The organisation code (MPS, MOPAC).", Required = true };
        var paperYear = new Option<string>("--year") { Description = "The reporting year, e.g. 2016/17; for progress, the improvement plan period (2018/21) or a year within it.", Required = true };
        var paperFormat = new Option<string>("--format") { Description = "pdf, html or docx.", Required = true };
        var paperOut = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var papers = new Command("papers", "Write an Audit Panel paper (a cover report with its appendices) as PDF, accessible HTML or Word, composed from the database; the latest of its kind for the organisation and year.")
        {
            paperKind, paperOrganisation, paperYear, paperFormat, paperOut,
        };
        papers.SetAction(async (result, ct) =>
        {
            if (PaperCommand.ParseKind(result.GetValue(paperKind)) is not { } kind)
            {
                await error.WriteLineAsync($"'{result.GetValue(paperKind)}' is not a kind of paper. Use {PaperCommand.Kinds}.");
                return InvalidInput;
            }

            if (!PaperFiles.TryParse(result.GetValue(paperFormat), out var format))
            {
                await error.WriteLineAsync($"'{result.GetValue(paperFormat)}' is not a format. Use pdf, html or docx.");
                return InvalidInput;
            }

            return await WithServices(result, "govportal papers", services => PaperCommand.RunAsync(
                services, kind, result.GetValue(paperOrganisation)!, result.GetValue(paperYear)!, format, result.GetValue(paperOut)!, output, error, ct));
        });

        root.Subcommands.Add(migrate);
        root.Subcommands.Add(createUser);
        root.Subcommands.Add(seedDemo);
        root.Subcommands.Add(script);
        root.Subcommands.Add(papers);

        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        async Task<int> WithServices(ParseResult result, string actor, Func<IServiceProvider, Task<int>> action, bool needsConnection = true)
        {
            var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
            if (result.GetValue(providerOption) is { } p)
            {
                overrides["Database:Provider"] = p;
            }

            if (result.GetValue(connectionOption) is { } c)
            {
                overrides[$"ConnectionStrings:{DatabaseSettings.ReadProvider(new ConfigurationBuilder().AddInMemoryCollection(overrides).Build())}"] = c;
            }

            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddInMemoryCollection(overrides)
                .Build();
            if (!needsConnection)
            {
                // Script generation never connects: a placeholder connection string is enough for the provider.
                var chosen = DatabaseSettings.ReadProvider(configuration);
                if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(chosen.ToString())))
                {
                    configuration[$"ConnectionStrings:{chosen}"] = chosen == DatabaseProvider.Postgres ? "Host=localhost" : "Server=localhost";
                }
            }

            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true));
            services.AddScoped<ICurrentUser>(_ => new SystemUser(actor));
            services.AddGovernancePortalData(configuration);
            services.AddGovernancePortalIdentityCore();
            services.AddApplication();

            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            try
            {
                return await action(scope.ServiceProvider);
            }
            catch (ValidationException ex)
            {
                foreach (var failure in ex.Errors)
                {
                    await error.WriteLineAsync($"{failure.PropertyName}: {failure.ErrorMessage}");
                }

                return InvalidInput;
            }
            catch (InvalidOperationException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return Failed;
            }
        }
    }
}
