using GovSites.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Fixture;

/// <summary>
/// The one host of the integration tests: GovSites as <c>dotnet run</c> starts it (migrate, seed the demo
/// county), on a real database (<see cref="TestDatabase"/>) and a temporary data directory.
/// </summary>
public sealed class GovSitesFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("govsites-tests-").FullName;

    public GovSitesFactory()
    {
        Database = new TestDatabase(dataDirectory);
    }

    public TestDatabase Database { get; }

    public TestClock Clock { get; } = new();

    /// <summary>Demo account name → generated password, read from the file the seeder writes.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        await Database.CreateAsync();
        _ = Services; // starts the host: migrates and seeds
        Passwords = File.ReadLines(Path.Combine(dataDirectory, DemoPasswords.FileName))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 3)
            .ToDictionary(parts => parts[1].Trim(), parts => parts[2].Trim());
        await Database.SaveTemplateAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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
        builder.UseEnvironment("Testing");
        builder.UseSetting("GovSites:DataDirectory", dataDirectory);
        builder.UseSetting("GovSites:Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:GovSites", Database.ConnectionString);
        builder.UseSetting("GovSites:SeedDemo", "true");
        // Tests run the publisher themselves (Publishing/PublishingTest), so what a test sees never depends on a background round.
        builder.UseSetting("GovSites:Publishing:RunWorker", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Hashing at the production 210,000 iterations costs ~0.3 s per sign-in, most of this suite's time.
        // The production count is held by Organization/PasswordHashingTests in the unit tests.
        builder.UseSetting("GovSites:Security:Passwords:HashIterations", "1000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            FailingThemeRenderer.Register(services);
        });
    }

}
