using System.Text.RegularExpressions;
using GovSites.Bench.Seeding;
using GovSites.Modules.Content;
using GovSites.Modules.Review;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Measuring;

/// <summary>
/// That the benchmark measures what it says: the pages answer the same on both databases, the inbox holds
/// the seeded reviews, and every approval it timed is in the database with its outbox event.
/// </summary>
internal static partial class Checks
{
    /// <summary>
    /// Untimed requests (their own filters, not the timed ones), then the first timed request of each page
    /// once more on each database, to show what it answers and to refuse a run where the databases disagree.
    /// </summary>
    public static async Task WarmUpAsync(IReadOnlyList<Scenario> scenarios, IReadOnlyList<HostSession> sessions, int count)
    {
        foreach (var scenario in scenarios)
        {
            foreach (var session in sessions)
            {
                for (var i = 0; i < count; i++)
                {
                    await scenario.Run(session, 100_000 + i);
                }
            }
        }

        Runner.Log($"warm-up: {count} untimed requests per scenario and database");
        var lbz = sessions[0].Ids.Site("lbz").Id;
        var pages = new (string Title, string User, string Path)[]
        {
            ("inbox", "lbz.reviewer", "/admin/review/inbox"),
            ("list, lbz.officer, first timed request", "lbz.officer", Scenario.ListPath(new Random(1_000), lbz)),
            ("list, admin, no filter", "admin", "/admin/articles"),
        };
        foreach (var (title, user, path) in pages)
        {
            var totals = new List<string>();
            foreach (var session in sessions)
            {
                var html = await session.Client(user).GetAsync(path);
                totals.Add(TotalPattern().Match(html) is { Success: true } m ? m.Value : "no total");
            }

            Runner.Log($"{title}: {string.Join(" / ", sessions.Select((s, i) => $"{s.Host.Name} {totals[i]}"))}  ({path})");
            if (totals.Distinct().Count() != 1)
            {
                throw new InvalidOperationException($"The databases answer {path} differently.");
            }
        }

        var inbox = await sessions[0].Client("lbz.reviewer").GetAsync("/admin/review/inbox");
        if (!inbox.Contains($"共 {ArticlePlan.LbzWaitingFirstStep} 件", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The inbox does not hold the {ArticlePlan.LbzWaitingFirstStep} seeded reviews.");
        }
    }

    /// <summary>Every review the benchmark approved is approved, its article published, its outbox event waiting.</summary>
    public static async Task ApprovalsAsync(HostSession session)
    {
        var approved = session.Approved;
        var (reviews, events) = await session.Host.WithDbAsync(async db =>
        {
            var articleIds = await db.Set<Review>().Where(r => approved.Contains(r.Id) && r.State == ReviewState.Approved).Select(r => r.ArticleId).ToListAsync();
            var published = await db.Set<ArticleEvent>().CountAsync(e => articleIds.Contains(e.ArticleId) && e.Kind == ArticleEventKind.Published && e.ProcessedAt == null);
            var live = await db.Articles.CountAsync(a => articleIds.Contains(a.Id) && a.State == ArticleState.Approved && a.LiveRevisionId != null);
            return (articleIds.Count, Math.Min(published, live));
        });
        Runner.Log($"{session.Host.Name}: {approved.Count} approvals posted; {reviews} reviews approved, {events} articles published with their outbox event");
        if (reviews != approved.Count || events != approved.Count)
        {
            throw new InvalidOperationException("Not every approval reached the database.");
        }
    }

    [GeneratedRegex("共 [0-9]+ [件条]")]
    private static partial Regex TotalPattern();
}
