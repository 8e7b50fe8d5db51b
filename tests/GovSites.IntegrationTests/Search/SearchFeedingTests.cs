using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Search.Engine;
using GovSites.Platform.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Search;

/// <summary>The index follows the live releases: the publisher's notice, the catch-up at start-up, and <c>govsites reindex</c>.</summary>
public sealed class SearchFeedingTests(GovSitesFactory factory) : SearchTest(factory)
{
    private ISearchIndex Index => Factory.Services.GetRequiredService<ISearchIndex>();

    [Fact]
    public async Task ReleaseActivated_ArticlePages_AreIndexedWithTheirMetaAndBodyOnly()
    {
        await PublishAsync("lbz", 1, [new("tzgg/7.html", "关于开展森林防火检查的通知", "各村要做好防火准备。", "2026-03-01 09:30")]);

        var hit = Assert.Single(Search("防火").Hits);
        Assert.Equal(("lbz", "tzgg", "通知公告", "lbz站", 7), (hit.SiteKey, hit.ChannelKey, hit.ChannelName, hit.SiteName, hit.ArticleId));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero), hit.PublishedAt);
        Assert.Equal(0, Search("航拍").Total); // navigation text is not body text
    }

    [Fact]
    public async Task ReleaseActivated_WithdrawnArticle_Disappears()
    {
        await PublishAsync("lbz", 1, [new("tzgg/7.html", "森林防火通知", "正文"), new("tzgg/8.html", "防火演练", "正文")]);

        await PublishAsync("lbz", 2, [], removed: ["tzgg/7.html"]);

        Assert.Equal(["tzgg/8.html"], Search("防火").Hits.Select(h => h.Path));
        Assert.Equal(2, Index.IndexedReleases()["lbz"]);
    }

    [Fact]
    public async Task ReleaseActivated_ChangedArticle_IsReplaced()
    {
        await PublishAsync("lbz", 1, [new("tzgg/7.html", "森林防火通知", "正文")]);

        await PublishAsync("lbz", 2, [new("tzgg/7.html", "春耕生产通知", "正文")]);

        Assert.Equal(0, Search("防火").Total);
        Assert.Equal(1, Search("春耕").Total);
    }

    [Fact]
    public async Task CatchUp_ReleasesMadeWhileNotListening_AreTakenIn()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "防火通知", "正文")]);
        await PublishAsync("lbz", 2, [new("tzgg/2.html", "防火演练", "正文")], notify: false);
        await PublishAsync("lbz", 3, [new("tzgg/3.html", "防火检查", "正文")], removed: ["tzgg/1.html"], notify: false);
        await PublishAsync("jyj", 1, [new("tzgg/4.html", "校园防火", "正文")], notify: false);

        await Feeder.CatchUpAsync(CancellationToken.None);

        Assert.Equal(["jyj/tzgg/4.html", "lbz/tzgg/2.html", "lbz/tzgg/3.html"], Search("防火").Hits.Select(h => h.SiteKey + "/" + h.Path).Order());
        Assert.Equal(3, Index.IndexedReleases()["lbz"]);
    }

    [Fact]
    public async Task Follower_ReleaseOfAnotherProcess_IsTakenInWithoutNotice()
    {
        // As `govsites publish` leaves it: a release swapped in by the CLI, which tells this server nothing.
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "防火通知", "正文")], notify: false);

        await WaitUntilIndexedAsync("lbz", 1);

        Assert.Equal(["lbz/tzgg/1.html"], Search("防火").Hits.Select(h => h.SiteKey + "/" + h.Path));
    }

    [Fact]
    public async Task ReindexVerb_RebuildsEverySiteFromItsLiveRelease()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "防火通知", "正文")], notify: false);
        await PublishAsync("jyj", 1, [new("tzgg/2.html", "校园防火", "正文")], notify: false);
        var output = new StringWriter();
        var stdout = Console.Out;
        Console.SetOut(output);
        int code;
        try
        {
            code = await Verbs.RunAsync(Factory.Services, ["reindex"]);
        }
        finally
        {
            Console.SetOut(stdout);
        }

        Assert.Equal(0, code);
        Assert.Contains("检索索引已重建：共 2 篇", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Search("防火").Total);
    }

    private SearchResults Search(string text) => Index.Search(new SearchQuery(text, []));
}
