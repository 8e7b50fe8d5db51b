using System.Diagnostics;
using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Review;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Seeding;

/// <summary>
/// Adds the bulk articles to the demo county, 5,000 at a time, each batch in one transaction. Every
/// published article points at its revision (<c>LiveRevisionId</c>); the articles are inserted first
/// without it, because article and revision point at each other, and one UPDATE per batch sets it.
/// </summary>
internal sealed class BulkSeeder(GovSitesDbContext db)
{
    private const int BatchSize = 5_000;

    public sealed record Result(
        TimeSpan Took, IReadOnlyDictionary<Fate, int> Fates, IReadOnlyDictionary<string, int> Rows, IReadOnlyList<(int ReviewId, int Step, int Version)> LastStepReviews);

    public async Task<Result> SeedAsync(int total, int waitingLastStep, int seed, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        var ids = await DemoIds.LoadAsync(db);
        var random = new Random(seed);
        var corpus = Corpus.FromDemoArticles();
        var plan = ArticlePlan.Make(ids, total, waitingLastStep, now, random);
        var teams = new Dictionary<int, ArticleGraph.Team>
        {
            [ids.Site("portal").Id] = Team(ids, "portal.editor", "portal.reviewer", "portal.secrecy"),
            [ids.Site("lbz").Id] = Team(ids, "lbz.officer", "lbz.reviewer", "lbz.secrecy"),
        };
        var jyj = (ids.Site("jyj").Id, ids.Accounts["jyj.officer"].Id);
        var next = await NextIdsAsync();
        var lastStep = new List<(int, int, int)>();
        var rows = new Dictionary<string, int> { ["reviews"] = 0, ["review steps"] = 0, ["decisions"] = 0, ["outbox events"] = 0 };
        var insert = new BulkInsert(db);
        var strategy = db.Database.CreateExecutionStrategy();
        foreach (var batch in plan.Chunk(BatchSize))
        {
            var graphs = batch.Select(spec => ArticleGraph.Build(
                spec, teams.GetValueOrDefault(spec.Site.Id), spec.Site.Id == jyj.Item1 ? jyj.Item2 : null, corpus, random, next, now)).ToList();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await InsertAsync(insert, graphs);
                await transaction.CommitAsync();
            });
            var reviews = graphs.Select(g => g.Review).OfType<Review>().ToList();
            rows["reviews"] += reviews.Count;
            rows["review steps"] += reviews.Sum(r => r.Steps.Count);
            rows["decisions"] += reviews.Sum(r => r.Decisions.Count);
            rows["outbox events"] += graphs.Sum(g => g.Events.Count);
            lastStep.AddRange(batch.Zip(graphs).Where(p => p.First.Fate == Fate.WaitingLastStep)
                .Select(p => (p.Second.Review!.Id, p.Second.Review.CurrentStep, p.Second.Review.Version)));
        }

        await FinishAsync(insert);
        return new Result(clock.Elapsed, plan.GroupBy(s => s.Fate).ToDictionary(g => g.Key, g => g.Count()), rows, lastStep);
    }

    internal static ArticleGraph.Team Team(DemoIds ids, string author, string reviewer, string secrecy) => new(
        ids.Accounts[author],
        Actor(ids.Accounts[reviewer], RoleNames.Reviewer),
        Actor(ids.Accounts[secrecy], RoleNames.SecrecyReviewer));

    private static ReviewActor Actor(DemoIds.Staff staff, string role) => new(staff.Id, staff.DisplayName, staff.UnitId, [role], HasGrant: true);

    internal static async Task InsertAsync(BulkInsert insert, List<ArticleGraph> graphs)
    {
        await insert.InsertAsync(graphs.Select(g => g.Article).ToList(), nameof(Article.LiveRevisionId));
        await insert.InsertAsync(graphs.Select(g => g.Revision).ToList());
        var live = graphs.Where(g => g.Article.LiveRevisionId is not null).ToList();
        if (live.Count > 0)
        {
            // Each article has one revision, numbered in the same order as the articles: a fixed offset.
            var offset = graphs[0].Revision.Id - graphs[0].Article.Id;
            if (live.Any(g => g.Article.LiveRevisionId != g.Article.Id + offset))
            {
                throw new InvalidOperationException("Revision ids do not follow article ids.");
            }

            var articles = insert.Table<Article>();
            var changed = await insert.ExecuteAsync(
                $"""
                UPDATE {articles} SET "LiveRevisionId" = "Id" + {offset}
                WHERE "Id" BETWEEN {graphs[0].Article.Id} AND {graphs[^1].Article.Id} AND "PublishedAt" IS NOT NULL AND "WithdrawnAt" IS NULL
                """);
            if (changed != live.Count)
            {
                throw new InvalidOperationException($"Set the live revision of {changed} articles, expected {live.Count}.");
            }
        }

        var reviews = graphs.Select(g => g.Review).OfType<Review>().ToList();
        await insert.InsertAsync(reviews);
        await insert.InsertAsync(reviews.SelectMany(r => r.Steps).ToList());
        await insert.InsertAsync(reviews.SelectMany(r => r.Decisions).ToList());
        await insert.InsertAsync(graphs.SelectMany(g => g.Events).ToList());
    }

    internal async Task<ArticleGraph.Ids> NextIdsAsync() => new()
    {
        Article = await db.Articles.MaxAsync(a => (int?)a.Id) + 1 ?? 1,
        Revision = await db.Set<ArticleRevision>().MaxAsync(r => (int?)r.Id) + 1 ?? 1,
        Review = await db.Set<Review>().MaxAsync(r => (int?)r.Id) + 1 ?? 1,
        Step = await db.Set<ReviewStep>().MaxAsync(s => (int?)s.Id) + 1 ?? 1,
        Decision = await db.Set<ReviewDecision>().MaxAsync(d => (int?)d.Id) + 1 ?? 1,
        Event = await db.Set<ArticleEvent>().MaxAsync(e => (long?)e.Id) + 1 ?? 1,
    };

    /// <summary>
    /// PostgreSQL: move each identity past the ids given here, so the app's next insert does not collide, and
    /// VACUUM ANALYZE as autovacuum would soon after such a load. SQLite: fold the write-ahead log into the
    /// file. SQLite is not ANALYZEd, because the app never does it: it runs on the planner's defaults.
    /// </summary>
    internal async Task FinishAsync(BulkInsert insert)
    {
        if (db.Database.IsNpgsql())
        {
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                foreach (var table in new[] { insert.Table<Article>(), insert.Table<ArticleRevision>(), insert.Table<Review>(), insert.Table<ReviewStep>(), insert.Table<ReviewDecision>(), insert.Table<ArticleEvent>() })
                {
                    await insert.ExecuteAsync($"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), (SELECT max(\"Id\") FROM {table}))");
                }

                await transaction.CommitAsync();
            }

            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
