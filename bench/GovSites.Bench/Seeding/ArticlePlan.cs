namespace GovSites.Bench.Seeding;

/// <summary>What becomes of one seeded article.</summary>
internal enum Fate
{
    /// <summary>Reviewed and published (已通过, live).</summary>
    Published,

    /// <summary>Published, then 撤稿.</summary>
    Withdrawn,

    /// <summary>Never submitted.</summary>
    Draft,

    /// <summary>退回 at the first step.</summary>
    Returned,

    /// <summary>In review, waiting on the first step (初审) — lbz.reviewer's inbox on 泷泊镇.</summary>
    WaitingFirstStep,

    /// <summary>In review, every step approved but the last (保密审查): what the approve benchmark posts.</summary>
    WaitingLastStep,
}

/// <summary>One article to seed, before it has ids and text.</summary>
internal sealed record ArticleSpec(DemoIds.SiteIds Site, Fate Fate, int ChannelId, string Topic, bool IsExternalSource, DateTimeOffset CreatedAt);

/// <summary>
/// How the articles spread over the demo county: the portal carries most, 泷泊镇 (lbz) enough to hold
/// <see cref="LbzWaitingFirstStep"/> articles in its reviewer's inbox, every other unit site an equal share.
/// Reviews exist where the demo county has a whole review team (officer, reviewer, secrecy reviewer): the
/// portal and 泷泊镇. The other sites' articles are published or drafts without review history, like the
/// demo articles, which "were reviewed before they came here".
/// </summary>
internal static class ArticlePlan
{
    public const int LbzWaitingFirstStep = 3_000;

    public static List<ArticleSpec> Make(DemoIds ids, int total, int waitingLastStep, DateTimeOffset now, Random random)
    {
        var specs = new List<ArticleSpec>(total);
        foreach (var (site, count) in Counts(ids, total, waitingLastStep))
        {
            var reviewed = site.IsPortal || site.Key == "lbz";
            var fixedFirst = site.Key == "lbz" ? LbzWaitingFirstStep : 0;
            var fixedLast = site.Key == "lbz" ? waitingLastStep : 0;
            for (var i = 0; i < count; i++)
            {
                var fate = i < fixedFirst ? Fate.WaitingFirstStep
                    : i < fixedFirst + fixedLast ? Fate.WaitingLastStep
                    : Draw(random, reviewed, waiting: site.Key != "lbz");
                var recent = fate is Fate.WaitingFirstStep or Fate.WaitingLastStep;
                var createdAt = recent
                    ? now.AddMinutes(-random.Next(60, 60 * 24 * 60))
                    : now.AddMinutes(-random.Next(60 * 24 * 2, 60 * 24 * 365 * 5));
                specs.Add(new ArticleSpec(
                    site, fate, site.ListChannels[random.Next(site.ListChannels.Length)], Corpus.Topics[random.Next(Corpus.Topics.Length)],
                    reviewed && random.NextDouble() < 0.1, createdAt));
            }
        }

        // Ids grow with time, as they do when people write articles one after the other.
        return [.. specs.OrderBy(s => s.CreatedAt)];
    }

    /// <summary>
    /// Articles per site: the portal 3 shares, 泷泊镇 2, every other site 1 — but 泷泊镇 at least what its
    /// inbox and the approvals need, so a smaller trial run measures the same pages.
    /// </summary>
    private static List<(DemoIds.SiteIds Site, int Count)> Counts(DemoIds ids, int total, int waitingLastStep)
    {
        var lbz = ids.Site("lbz");
        var others = ids.Sites.Where(s => s != lbz).ToList();
        var lbzCount = Math.Max((int)Math.Round(total * 2.0 / (others.Count + 3)), LbzWaitingFirstStep + waitingLastStep + 100);
        var shares = others.ToDictionary(s => s, s => s.IsPortal ? 3.0 : 1.0);
        var left = total - lbzCount;
        var counts = new List<(DemoIds.SiteIds, int)> { (lbz, lbzCount) };
        foreach (var site in others)
        {
            var count = site == others[^1] ? left : (int)Math.Round((total - lbzCount) * shares[site] / shares.Values.Sum());
            counts.Add((site, Math.Max(0, count)));
            left -= count;
        }

        return counts;
    }

    /// <summary>
    /// Most articles are published; some are drafts; a few were withdrawn or returned, or wait for review
    /// (not on 泷泊镇, whose inbox holds exactly <see cref="LbzWaitingFirstStep"/>).
    /// </summary>
    private static Fate Draw(Random random, bool reviewed, bool waiting)
    {
        var x = random.NextDouble();
        return x switch
        {
            < 0.86 => Fate.Published,
            < 0.87 => Fate.Withdrawn,
            < 0.96 => Fate.Draft,
            < 0.98 when reviewed => Fate.Returned,
            _ when reviewed && waiting => Fate.WaitingFirstStep,
            _ => Fate.Published,
        };
    }
}
