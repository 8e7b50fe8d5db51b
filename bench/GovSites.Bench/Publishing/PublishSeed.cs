using System.Diagnostics;
using System.Globalization;
using GovSites.Bench.Hosting;
using GovSites.Bench.Seeding;
using GovSites.BenchCorpus;
using GovSites.Modules.Content;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Publishing;

/// <summary>
/// Makes a GovSites database (SQLite, in <c>dataDirectory</c>, kept) that holds the corpus: the app migrates
/// and seeds the demo county, <see cref="ExtraSites"/> adds the corpus's 7 other sites, then every corpus
/// article is inserted as a live published article (approved, its revision live, its outbox event handled),
/// 5,000 per transaction, in publication order. <c>waiting</c> more articles of 泷泊镇 wait on their last
/// review step (保密审查) for the incremental benchmark, which finds them in <see cref="WaitingFile"/>.
/// </summary>
internal static class PublishSeed
{
    public const string WaitingFile = "bench-waiting.tsv";
    private const int BatchSize = 5_000;

    public static async Task RunAsync(string dataDirectory, SyntheticCorpus corpus, int waiting)
    {
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        await using var host = new BenchHost(BenchDatabase.Kind.Sqlite, null, dataDirectory);
        await host.StartAsync();
        Runner.Log($"started, migrated and seeded the demo county in {clock.Elapsed.TotalSeconds:0.0} s");
        await host.WithDbAsync(async db => await ExtraSites.AddAsync(db));
        var lines = await host.WithDbAsync(db => SeedAsync(db, corpus, waiting));
        await File.WriteAllLinesAsync(Path.Combine(dataDirectory, WaitingFile), lines);
        var (version, bytes) = await host.Database.DescribeAsync();
        Runner.Log($"seeded {corpus.Count:N0} live articles and {waiting:N0} waiting on their last step across {SyntheticCorpus.Sites.Count} sites "
            + $"in {clock.Elapsed.TotalSeconds:0.0} s; {version}, database {bytes / 1024.0 / 1024.0:0} MiB, in {dataDirectory}");
    }

    private static async Task<List<string>> SeedAsync(GovSitesDbContext db, SyntheticCorpus corpus, int waiting)
    {
        var ids = await DemoIds.LoadAsync(db);
        var channels = await db.Channels.AsNoTracking().Join(db.Sites, c => c.SiteId, s => s.Id, (c, s) => new { c.Id, c.Key, Site = s.Key })
            .ToDictionaryAsync(c => (c.Site, c.Key), c => c.Id);
        var seeder = new BulkSeeder(db);
        var next = await seeder.NextIdsAsync();
        var insert = new BulkInsert(db);
        foreach (var batch in corpus.Articles().Chunk(BatchSize))
        {
            var graphs = batch.Select(a => Published(a, ids.Site(a.Site.Key).Id, channels[(a.Site.Key, a.Channel.Key)], next)).ToList();
            await InTransactionAsync(db, () => BulkSeeder.InsertAsync(insert, graphs));
        }

        var lines = new List<string>();
        if (waiting > 0)
        {
            var graphs = Waiting(ids, channels, waiting, next);
            await InTransactionAsync(db, () => BulkSeeder.InsertAsync(insert, graphs));
            lines.AddRange(graphs.Select(g => string.Create(
                CultureInfo.InvariantCulture,
                $"{g.Review!.Id}\t{g.Review.CurrentStep}\t{g.Review.Version}\t{g.Article.Id}\tlbz\t{channels.First(c => c.Value == g.Article.ChannelId).Key.Key}")));
        }

        await seeder.FinishAsync(insert);
        return lines;
    }

    private static async Task InTransactionAsync(GovSitesDbContext db, Func<Task> action)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await action();
        await transaction.CommitAsync();
    }

    /// <summary>A live article as the app leaves it after the last review step: approved, its revision live, its Published event handled.</summary>
    private static ArticleGraph Published(CorpusArticle source, int siteId, int channelId, ArticleGraph.Ids next)
    {
        var article = NewArticle(source, siteId, channelId, next.Article++);
        var revision = ArticleRevision.Of(article, 1, isAutosave: false, null, article.UpdatedAt);
        revision.Id = next.Revision++;
        article.Submit();
        article.Approve(revision.Id, source.PublishedAt);
        article.UpdatedAt = source.PublishedAt;
        var graph = new ArticleGraph { Article = article, Revision = revision };
        graph.Events.Add(new ArticleEvent
        {
            Id = next.Event++,
            ArticleId = article.Id,
            SiteId = siteId,
            Kind = ArticleEventKind.Published,
            RevisionId = revision.Id,
            DueAt = source.PublishedAt,
            CreatedAt = source.PublishedAt,
            ProcessedAt = source.PublishedAt.AddMinutes(1),
        });
        return graph;
    }

    /// <summary>
    /// Articles of 泷泊镇's 动态要闻 and 通知公告 in review, every step approved but 保密审查 — built by the issue 3
    /// seeding (the app's own transitions), with the text of a second corpus (another seed).
    /// </summary>
    private static List<ArticleGraph> Waiting(DemoIds ids, Dictionary<(string, string), int> channels, int count, ArticleGraph.Ids next)
    {
        var lbz = ids.Site("lbz");
        var team = BulkSeeder.Team(ids, "lbz.officer", "lbz.reviewer", "lbz.secrecy");
        var texts = new SyntheticCorpus(count, SyntheticCorpus.DefaultSeed + 1);
        var random = new Random(SyntheticCorpus.DefaultSeed);
        var demo = Seeding.Corpus.FromDemoArticles();
        var now = DateTimeOffset.UtcNow;
        var graphs = new List<ArticleGraph>();
        foreach (var text in texts.Articles())
        {
            var channelId = channels[("lbz", text.Index % 3 == 0 ? "tzgg" : "dtyw")];
            var spec = new ArticleSpec(lbz, Fate.WaitingLastStep, channelId, text.Topic, false, now.AddHours(-6));
            var graph = ArticleGraph.Build(spec, team, null, demo, random, next, now);
            graph.Article.Title = graph.Revision.Title = text.Title;
            graph.Article.Body = graph.Revision.Body = text.BodyHtml();
            graphs.Add(graph);
        }

        return graphs;
    }

    private static Article NewArticle(CorpusArticle source, int siteId, int channelId, int id) => new()
    {
        Id = id,
        SiteId = siteId,
        ChannelId = channelId,
        Title = source.Title,
        Source = source.Source,
        Author = source.Author,
        Keywords = source.Keywords,
        Summary = source.Summary,
        Body = source.BodyHtml(),
        RevisionNumber = 1,
        CreatedAt = source.PublishedAt.AddHours(-3),
        UpdatedAt = source.PublishedAt.AddHours(-3),
        Version = 1,
    };
}
