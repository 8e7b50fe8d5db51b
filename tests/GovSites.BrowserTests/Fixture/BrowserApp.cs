using GovSites.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace GovSites.BrowserTests.Fixture;

/// <summary>
/// GovSites on a real port (Kestrel on 127.0.0.1, SQLite in a temporary data directory, the demo county
/// seeded) and Debian's Chromium driven by Playwright. Playwright's own browser download is not used:
/// <c>GOVSITES_CHROMIUM</c> or <c>/usr/bin/chromium</c> (test.sh installs it).
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("govsites-browser-").FullName;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    /// <summary>The published releases of the demo county (GovSites publishes every site on start).</summary>
    public string ReleasesDirectory => Path.Combine(dataDirectory, "releases");

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        Passwords = File.ReadLines(Path.Combine(dataDirectory, DemoPasswords.FileName))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 3)
            .ToDictionary(parts => parts[1].Trim(), parts => parts[2].Trim());

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("GOVSITES_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
            ],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("GovSites:DataDirectory", dataDirectory);
        builder.UseSetting("GovSites:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:GovSites", $"Data Source={Path.Combine(dataDirectory, "govsites.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>A fresh browser context (its own cookies), signed in as a demo account.</summary>
    public async Task<IPage> SignInAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/signin");
        await page.GetByLabel("账号").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Passwords[userName]);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
