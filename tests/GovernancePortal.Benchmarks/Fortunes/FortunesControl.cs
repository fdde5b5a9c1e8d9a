using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;

namespace GovernancePortal.Benchmarks.Fortunes;

/// <summary>
/// The TechEmpower-style Fortunes control: a minimal ASP.NET Core app of its own (Kestrel on a free loopback port) in
/// the benchmark's process, with one Razor Page that reads the 12 rows of a Fortune table through a pooled EF Core
/// context on a temporary SQLite file, adds one at request time, sorts them by message and renders them HTML-escaped.
/// </summary>
internal sealed class FortunesControl : IAsyncDisposable
{
    /// <summary>Twelve messages (our own), with markup, entities, quotes and non-ASCII text that rendering must escape or keep.</summary>
    public static readonly string[] Messages =
    [
        "A meeting without minutes never happened.",
        "<script>alert(\"A fortune must be escaped, not run.\");</script>",
        "Fish & chips: best on a Friday.",
        "The register is only as good as its last update.",
        "Risk & assurance <b>both</b> matter.",
        "\"Quotes\" and 'apostrophes' travel safely.",
        "Good governance is boring on purpose.",
        "フレームワークのベンチマーク",
        "Every action needs an owner.",
        "Zero errors is the only acceptable number.",
        "Café minutes: reviewed, approved, filed.",
        "Caches are a promise you must keep.",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("gp-fortunes-").FullName;
    private WebApplication? _app;

    /// <summary>Creates and seeds the database, starts Kestrel and returns the page's address.</summary>
    public async Task<Uri> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FortunesControl).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var connectionString = $"Data Source={Path.Combine(_folder, "fortunes.db")}";
        builder.Services.AddDbContextPool<FortunesDb>(options => options.UseSqlite(connectionString));
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Fortunes");
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        _app = builder.Build();
        _app.MapRazorPages();

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FortunesDb>();
            await db.Database.EnsureCreatedAsync();
            db.Fortunes.AddRange(Messages.Select((message, i) => new Fortune { Id = i + 1, Message = message }));
            await db.SaveChangesAsync();
        }

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address), "/fortunes");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
