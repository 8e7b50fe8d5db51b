using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Publishing;

public sealed class FullPublishTests(GovSitesFactory factory) : PublishingTest(factory)
{
    [Fact]
    public async Task Full_DemoSite_WritesEveryPageWithIdentityAndLinksThatResolve()
    {
        var job = await RunJobAsync("lbz", PublishJobKind.Full);

        Assert.Equal(PublishJobState.Succeeded, job.State);
        var files = Snapshot("lbz");
        Assert.Contains("index.html", files.Keys);
        Assert.Contains("404.html", files.Keys);
        Assert.Contains("_search.html", files.Keys);
        Assert.Contains("rss.xml", files.Keys);
        Assert.Contains("sitemap.xml", files.Keys);
        Assert.Contains(files.Keys, f => f.StartsWith("assets/", StringComparison.Ordinal));
        Assert.Contains("<!--search:results-->", ReadLive("lbz", "_search.html"), StringComparison.Ordinal);
        var article = files.Keys.First(f => f.StartsWith("tzgg/", StringComparison.Ordinal) && !f.Contains("index", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal));
        var html = ReadLive("lbz", article);
        Assert.Contains("<meta name=\"SiteName\"", html, StringComparison.Ordinal);
        Assert.Contains("data-search-body", html, StringComparison.Ordinal);
        Assert.Empty(LinkCheck.Broken(Root, "lbz"));
        var rows = await WithDbAsync(db => db.Set<PublishedArticle>().CountAsync(p => p.SiteId == job.SiteId));
        Assert.Equal(files.Keys.Count(f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^[a-z0-9-]+/\d+\.html$")), rows);
    }

    [Fact]
    public async Task Full_SameStateTwice_ByteIdenticalFiles()
    {
        await RunJobAsync("portal", PublishJobKind.Full);
        var first = Snapshot("portal");

        await RunJobAsync("portal", PublishJobKind.Full);
        var second = Snapshot("portal");

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), $"{f.Key} differs"));
        Assert.Equal("000002", new FileInfo(Current("portal")).LinkTarget);
    }
}
