using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using GovSites.Modules.Search.Feeding;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Search;

/// <summary>
/// Base of the search tests: an empty releases folder and an empty index before each test, and hand-made
/// releases as the publisher writes them (pages with the DOMAIN §1 meta tags, <c>.release.json</c>, the
/// <c>current</c> link), so Search is tested without the publisher.
/// </summary>
public abstract class SearchTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    protected ReleasePaths Paths => Factory.Services.GetRequiredService<ReleasePaths>();

    protected SearchFeeder Feeder => Factory.Services.GetRequiredService<SearchFeeder>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (Directory.Exists(Paths.Root))
        {
            Directory.Delete(Paths.Root, true);
        }

        await Feeder.RebuildAllAsync(null, CancellationToken.None);
    }

    public sealed record Page(string Path, string Title, string Body, string PubDate = "2026-03-01 09:30", string Channel = "通知公告");

    /// <summary>Writes release <paramref name="number"/> of a site (the previous one's files carried over), makes it live, tells the release observers as the publisher does, and waits until the index has it.</summary>
    protected async Task PublishAsync(string site, int number, Page[] pages, string[]? removed = null, bool full = false, bool notify = true, string? shell = DefaultShell)
    {
        var directory = Paths.ReleaseDirectory(site, number);
        var previous = number > 1 ? Paths.ReleaseDirectory(site, number - 1) : null;
        Directory.CreateDirectory(directory);
        if (previous is not null && Directory.Exists(previous))
        {
            foreach (var file in Directory.EnumerateFiles(previous, "*.html", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(previous, file).Replace('\\', '/');
                if (removed?.Contains(relative) != true)
                {
                    Copy(file, Path.Combine(directory, relative));
                }
            }
        }

        foreach (var page in pages)
        {
            Write(Path.Combine(directory, page.Path), ArticleHtml(site, page));
        }

        if (shell is not null)
        {
            Write(Path.Combine(directory, "_search.html"), shell);
        }

        var changed = pages.Select(p => p.Path).Order(StringComparer.Ordinal).ToArray();
        await File.WriteAllTextAsync(Path.Combine(directory, ReleasePaths.ManifestFile), JsonSerializer.Serialize(new
        {
            site,
            number,
            previous = number > 1 ? number - 1 : (int?)null,
            full,
            changed,
            removed = removed ?? [],
        }));
        // Not atomic like the publisher's rename(2); nothing reads concurrently here.
        var link = Paths.CurrentLink(site);
        if (Path.Exists(link) || new FileInfo(link).LinkTarget is not null)
        {
            File.Delete(link);
        }

        File.CreateSymbolicLink(link, number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        if (notify)
        {
            var release = new ReleaseActivated(site, number, directory, full, changed, removed ?? []);
            foreach (var observer in Factory.Services.GetServices<IReleaseObserver>())
            {
                await observer.ReleaseActivatedAsync(release, CancellationToken.None);
            }

            await WaitUntilIndexedAsync(site, number);
        }
    }

    /// <summary>The server's follower indexes in the background after the publisher's nudge; waits for it.</summary>
    protected async Task WaitUntilIndexedAsync(string site, int number)
    {
        var index = Factory.Services.GetRequiredService<Modules.Search.Engine.ISearchIndex>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(index.IndexedReleases().TryGetValue(site, out var indexed) && indexed == number))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"检索索引 30 秒内未跟上 {site} 的第 {number} 版");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    protected const string DefaultShell = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>站内检索</title></head>\n<body><header class=\"theme-header\">主题页头</header><main><!--search:results--></main></body></html>\n";

    private static string ArticleHtml(string site, Page page) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="SiteName" content="{site}站">
        <meta name="ColumnName" content="{page.Channel}">
        <meta name="ArticleTitle" content="{System.Net.WebUtility.HtmlEncode(page.Title)}">
        <meta name="PubDate" content="{page.PubDate}">
        <meta name="Url" content="https://{site}.example.gov.cn/{page.Path}">
        <title>{System.Net.WebUtility.HtmlEncode(page.Title)}</title></head>
        <body><nav>首页 通知公告 导航里的词不该被检索到：航拍</nav>
        <article><h1>{System.Net.WebUtility.HtmlEncode(page.Title)}</h1><div data-search-body><p>{System.Net.WebUtility.HtmlEncode(page.Body)}</p></div></article>
        </body></html>
        """;

    private static void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, true);
    }
}
