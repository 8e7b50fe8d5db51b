using System.Diagnostics;
using System.Globalization;
using System.Net;
using GovSites.Bench.Seeding;

namespace GovSites.Bench.Measuring;

/// <summary>One timed request: its time until the whole response was read, and for a save, the save's own times.</summary>
internal sealed record Sample(double Ms, double? SaveMs = null, double? SaveDatabaseMs = null);

/// <summary>
/// What is measured. Each request <c>i</c> of a scenario is the same on both databases (its filters come
/// from a generator seeded with the scenario and <c>i</c>), so SQLite and PostgreSQL answer the same questions.
/// </summary>
internal sealed record Scenario(string Key, string Title, double TargetMs, bool IsTarget, Func<HostSession, int, Task<Sample>> Run)
{
    public static IReadOnlyList<Scenario> All(SaveTimer saves) =>
    [
        new("inbox", "(a) 待我审核 inbox, lbz.reviewer", 100, true, (s, _) => GetAsync(s, "lbz.reviewer", "/admin/review/inbox")),
        new("list-officer", "(b) article list, 4 filters, lbz.officer", 100, true, (s, i) =>
            GetAsync(s, "lbz.officer", ListPath(new Random(1_000 + i), s.Ids.Site("lbz").Id))),
        new("list-admin", "(b) article list, 4 filters, admin", 100, true, (s, i) =>
        {
            var random = new Random(2_000 + i);
            return GetAsync(s, "admin", ListPath(random, s.Ids.Sites[random.Next(s.Ids.Sites.Count)].Id));
        }),
        new("list-officer-all", "    article list, no filter, lbz.officer (extra)", 100, false, (s, _) => GetAsync(s, "lbz.officer", "/admin/articles")),
        new("list-admin-all", "    article list, no filter, admin (extra)", 100, false, (s, _) => GetAsync(s, "admin", "/admin/articles")),
        new("approve", "(c) approve last step → outbox, lbz.secrecy", 50, true, (s, _) => ApproveAsync(s, saves)),
    ];

    /// <summary>
    /// 站点 + 状态 + 标题含 + 更新日期从/到: mostly published articles, a two-character topic word
    /// (e.g. 防汛, 乡村), and a window of one month to a year somewhere in the last five years.
    /// </summary>
    public static string ListPath(Random random, int siteId)
    {
        var state = random.NextDouble() switch
        {
            < 0.7 => "Approved",
            < 0.9 => "Draft",
            _ => "InReview",
        };
        var keyword = Corpus.Topics[random.Next(Corpus.Topics.Length)][..2];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddDays(-random.Next(30, 5 * 365));
        var to = from.AddDays(random.Next(30, 366));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"/admin/articles?Site={siteId}&State={state}&Keyword={Uri.EscapeDataString(keyword)}&From={from:yyyy-MM-dd}&To={to:yyyy-MM-dd}");
    }

    private static async Task<Sample> GetAsync(HostSession session, string userName, string path)
    {
        var client = session.Client(userName);
        var clock = Stopwatch.StartNew();
        await client.GetAsync(path);
        return new Sample(clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// POST 通过 on a review at its last step (保密审查), as lbz.secrecy: the review, the article, its
    /// decision, the outbox event and the audit entries in one transaction. Timed until the 302 is read.
    /// </summary>
    private static async Task<Sample> ApproveAsync(HostSession session, SaveTimer saves)
    {
        var client = session.Client("lbz.secrecy");
        var (reviewId, step, version) = session.LastStepReviews.Count > 0
            ? session.LastStepReviews.Dequeue()
            : throw new InvalidOperationException("No review left at its last step: seed more (--approvals).");
        var path = string.Create(CultureInfo.InvariantCulture, $"/admin/review/{reviewId}");
        session.ApproveToken ??= await client.TokenAsync(path);
        var fields = new Dictionary<string, string>
        {
            ["Step"] = step.ToString(CultureInfo.InvariantCulture),
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Opinion"] = "经审查，不涉及国家秘密和工作秘密，同意公开。",
        };
        saves.Take();
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync(path + "/approve", session.ApproveToken, fields);
        var ms = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Approving review {reviewId} on {session.Host.Name}: {(int)response.StatusCode}, not a redirect.");
        }

        session.Approved.Add(reviewId);
        var save = saves.Take();
        return save.Count == 1
            ? new Sample(ms, save[0].WallMs, save[0].DatabaseMs)
            : throw new InvalidOperationException($"Approving review {reviewId} made {save.Count} saves, expected 1.");
    }
}
