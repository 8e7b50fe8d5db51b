using GovSites.Demo;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.Bench.Hosting;

/// <summary>
/// GovSites as the integration tests host it — migrated, the demo county seeded at start-up, a temporary data
/// directory — but in the Production environment, with the production password hashing, and on Kestrel on
/// a free port of 127.0.0.1, so the benchmark's requests are real HTTP over loopback.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;
    private readonly bool keepDataDirectory;

    /// <param name="dataDirectory">A data directory to use and keep (SQLite file, demo passwords); default a temporary one, deleted at the end.</param>
    public BenchHost(BenchDatabase.Kind kind, string? postgresServer, string? dataDirectory = null)
    {
        keepDataDirectory = dataDirectory is not null;
        this.dataDirectory = dataDirectory is null ? Directory.CreateTempSubdirectory("govsites-bench-").FullName : Directory.CreateDirectory(dataDirectory).FullName;
        Database = new BenchDatabase(kind, this.dataDirectory, postgresServer);
    }

    public BenchDatabase Database { get; }

    public string Name => Database.Name;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Demo account name → generated password, read from the file the seeder writes.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    public async Task StartAsync()
    {
        await Database.CreateAsync();
        UseKestrel(0);
        var console = Console.Out;
        Console.SetOut(TextWriter.Null); // the demo seeder prints the generated passwords
        try
        {
            StartServer();
        }
        finally
        {
            Console.SetOut(console);
        }

        BaseAddress = ClientOptions.BaseAddress;
        Passwords = File.ReadLines(Path.Combine(dataDirectory, DemoPasswords.FileName))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 3)
            .ToDictionary(parts => parts[1].Trim(), parts => parts[2].Trim());
    }

    /// <summary>Runs <paramref name="action"/> with a DbContext of the app's own container.</summary>
    public async Task<T> WithDbAsync<T>(Func<GovSitesDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GovSitesDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (keepDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return;
        }

        await Database.DropAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pool is left for the OS to clean from /tmp.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContentRoot());
        builder.UseEnvironment("Production");
        builder.UseSetting("GovSites:DataDirectory", dataDirectory);
        builder.UseSetting("GovSites:Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:GovSites", Database.ConnectionString);
        builder.UseSetting("GovSites:SeedDemo", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>
    /// src/GovSites, from the manifest Mvc.Testing writes beside this program. WebApplicationFactory looks for
    /// it in the current directory only, and bench/run.sh runs from the repository's root.
    /// </summary>
    private static string AppContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))!;
        return roots[typeof(Program).Assembly.FullName!];
    }
}
