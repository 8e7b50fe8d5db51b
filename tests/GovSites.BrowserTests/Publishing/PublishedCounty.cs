using System.Diagnostics;
using GovSites.BrowserTests.Fixture;
using GovSites.Demo;

namespace GovSites.BrowserTests.Publishing;

/// <summary>The demo county as the public sees it once the start-up publication has finished.</summary>
internal static class PublishedCounty
{
    public static IReadOnlyList<string> SiteKeys { get; } =
        ["portal", .. DemoCounty.Units.Where(u => u.SiteKey is not null && u.SiteKey != "portal").Select(u => u.SiteKey!)];

    /// <summary>Waits until every demo site has a live release (start-up publishes them in the background).</summary>
    public static async Task WaitUntilPublishedAsync(BrowserApp app)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var deadline = Stopwatch.StartNew();
        foreach (var key in SiteKeys)
        {
            while (true)
            {
                using var response = await http.GetAsync($"/sites/{key}/", TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    break;
                }

                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), $"站点 {key} 在 3 分钟内没有发布（{(int)response.StatusCode}）");
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }
    }

    /// <summary>Every HTML file of every live release.</summary>
    public static IReadOnlyList<string> LiveHtmlFiles(BrowserApp app) =>
        [.. SiteKeys.SelectMany(key => Directory.EnumerateFiles(Path.Combine(app.ReleasesDirectory, key, "current"), "*.html", SearchOption.AllDirectories)).Order(StringComparer.Ordinal)];

    /// <summary>The repository root (where package.json and node_modules are), found upwards from the test binary.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovSites.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GovSites.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a tool to completion and returns its exit code and output; a missing tool fails with a clear message.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
