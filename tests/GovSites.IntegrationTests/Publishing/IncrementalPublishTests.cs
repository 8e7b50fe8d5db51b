using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using GovSites.Modules.Publishing;
using GovSites.Modules.Templates;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Publishing;

public sealed class IncrementalPublishTests(GovSitesFactory factory) : PublishingTest(factory)
{
    [Fact]
    public async Task Incremental_ApprovedArticle_RendersExactlyTheAffectedPages()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var id = await ApproveNewAsync("lbz", "tzgg", "关于冬季防火的通知", TimeSpan.Zero);

        await PublishDueAsync();

        var manifest = Manifest("lbz");
        string[] expected = [$"tzgg/{id}.html", "index.html", "rss.xml", "sitemap.xml", "tzgg/index.html", "tzgg/rss.xml"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), manifest.Changed);
        Assert.Contains("关于冬季防火的通知", ReadLive("lbz", "tzgg/index.html"), StringComparison.Ordinal);
        Assert.Empty(LinkCheck.Broken(Root, "lbz"));
        Assert.True(await WithDbAsync(db => db.Set<ArticleEvent>().Where(e => e.ArticleId == id).AllAsync(e => e.ProcessedAt != null)));
    }

    [Fact]
    public async Task Incremental_Withdrawal_RemovesThePageAndTheListsNoLongerLinkIt()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var id = await ApproveNewAsync("lbz", "tzgg", "将被撤下的通知", TimeSpan.Zero);
        await PublishDueAsync();

        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Withdraw("内容有误", Factory.Clock.GetUtcNow());
            db.Add(new ArticleEvent { ArticleId = id, SiteId = article.SiteId, Kind = ArticleEventKind.Withdrawn, DueAt = Factory.Clock.GetUtcNow(), CreatedAt = Factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        });
        await PublishDueAsync();

        Assert.False(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));
        Assert.DoesNotContain("将被撤下的通知", ReadLive("lbz", "tzgg/index.html"), StringComparison.Ordinal);
        Assert.Contains($"tzgg/{id}.html", Manifest("lbz").Removed);
        Assert.Empty(LinkCheck.Broken(Root, "lbz"));
    }

    [Fact]
    public async Task Incremental_ScheduledPublication_WaitsForItsTime()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var id = await ApproveNewAsync("lbz", "tzgg", "定时发布的通知", TimeSpan.FromHours(2));

        await PublishDueAsync();
        Assert.False(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));

        Factory.Clock.Advance(TimeSpan.FromHours(3));
        await PublishDueAsync();
        Assert.True(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));
    }

    [Fact]
    public async Task Incremental_FailingTemplate_FailsVisiblyKeepsTheLiveReleaseAndTheNextPublishSucceeds()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var before = Snapshot("lbz");
        var id = await ApproveNewAsync("lbz", "tzgg", "模板出错时的通知", TimeSpan.Zero);
        Failures.Failing = TemplateName.Article;
        try
        {
            await PublishDueAsync();
        }
        finally
        {
            Failures.Failing = null;
        }

        var lbz = await SiteIdAsync("lbz");
        var failed = await WithDbAsync(db => db.Set<PublishJob>().AsNoTracking().Where(j => j.SiteId == lbz).OrderByDescending(j => j.Id).FirstAsync());
        Assert.Equal(PublishJobState.Queued, failed.State);
        Assert.Contains("article.liquid", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > Factory.Clock.GetUtcNow());
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Snapshot("lbz").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["000001", "current"], Directory.GetDirectories(Path.Combine(Root, "lbz")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await PublishDueAsync();
        Assert.True(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));
    }

    [Fact]
    public async Task Incremental_PortalPlacement_ShowsTheCopyCreditingTheUnit()
    {
        await RunJobAsync("portal", PublishJobKind.Full);
        var id = await ApproveNewAsync("lbz", "tzgg", "报送门户的通知", TimeSpan.Zero);
        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            var portalId = await db.Sites.Where(s => s.Key == "portal").Select(s => s.Id).SingleAsync();
            var channel = await db.Channels.Where(c => c.SiteId == portalId && c.Key == "xzdt").Select(c => new { c.Id, c.SiteId }).SingleAsync();
            var unitId = await db.Sites.Where(s => s.Key == "lbz").Select(s => s.UnitId).SingleAsync();
            var (placement, placed) = ArticlePlacement.Place(article, channel.SiteId, channel.Id, unitId, Factory.Clock.GetUtcNow());
            db.AddRange(placement, placed);
            await db.SaveChangesAsync();
        });

        await PublishDueAsync();

        var copy = ReadLive("portal", $"xzdt/{id}.html");
        var unitName = await WithDbAsync(db => db.Sites.Where(s => s.Key == "lbz").Select(s => s.Unit!.Name).SingleAsync());
        Assert.Contains(unitName, copy, StringComparison.Ordinal);
        Assert.Contains("报送门户的通知", ReadLive("portal", "xzdt/index.html"), StringComparison.Ordinal);
    }

    private Modules.Publishing.Releases.ReleaseManifest Manifest(string siteKey) =>
        Modules.Publishing.Releases.ReleaseManifest.Read(Current(siteKey))!;
}
