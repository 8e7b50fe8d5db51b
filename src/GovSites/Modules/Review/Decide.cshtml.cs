using GovSites.Modules.Content;
using GovSites.Modules.Content.Html;
using GovSites.Modules.Organization;
using GovSites.Platform;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review;

/// <summary>
/// 审核单: the revision under review (read-only), the chain with every decision, and the approve and
/// return forms for the holder of the current step. Approving the last step publishes the revision and
/// writes the publish event in the same save.
/// </summary>
public sealed class DecideModel(GovSitesDbContext db, ArticleAccess access, SiteDirectory directory, ReviewActors actors, CurrentStaff staff, TimeProvider time) : PageModel
{
    public const string TakenMessage = "该环节已由他人处理，请刷新页面查看最新进度。";

    public Review Review { get; private set; } = null!;

    public ArticleRevision Revision { get; private set; } = null!;

    public string SafeBody { get; private set; } = string.Empty;

    public ReviewProgress Progress { get; private set; } = null!;

    public string SiteName { get; private set; } = string.Empty;

    public string ChannelName { get; private set; } = string.Empty;

    public bool CanDecide { get; private set; }

    /// <summary>The holder wrote or submitted the article and the chain forbids approving it.</summary>
    public bool SelfApprovalForbidden { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public int Step { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Opinion { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int reviewId) => await LoadAsync(reviewId) ?? Page();

    public Task<IActionResult> OnPostApproveAsync(int reviewId) => DecideAsync(reviewId, async (actor, now) =>
    {
        if (!Review.Approve(Step, actor, Opinion, now))
        {
            return $"已通过，转入“{Review.Current.Name}”环节。";
        }

        var article = await db.Articles.SingleAsync(a => a.Id == Review.ArticleId);
        article.Approve(Review.RevisionId, now);
        var dueAt = article.PublishedAt ?? now;
        db.Add(new ArticleEvent { ArticleId = article.Id, SiteId = article.SiteId, Kind = ArticleEventKind.Published, RevisionId = Review.RevisionId, DueAt = dueAt, CreatedAt = now });
        return dueAt > now ? $"审核通过，稿件将于 {dueAt.ToChinaMinute()} 定时发布。" : "审核通过，稿件已发布。";
    });

    public Task<IActionResult> OnPostReturnAsync(int reviewId) => DecideAsync(reviewId, async (actor, now) =>
    {
        Review.Return(Step, actor, Reason, now);
        var article = await db.Articles.SingleAsync(a => a.Id == Review.ArticleId);
        article.Return();
        return "已退回作者修改。";
    });

    /// <summary>
    /// A decision loads only what it changes: the review with its steps and decisions. The revision, its
    /// sanitised body and the names the page shows are loaded again only when the page is shown with an error.
    /// </summary>
    private async Task<IActionResult> DecideAsync(int reviewId, Func<ReviewActor, DateTimeOffset, Task<string>> decide)
    {
        if (await FindAsync(reviewId) is not { } review)
        {
            return NotFound();
        }

        Review = review;

        var actor = await actors.ForAsync(Review);
        var notHolder = Review.State == ReviewState.InProgress && Step == Review.CurrentStep && !Review.Current.IsHeldBy(actor, Review.UnitId);
        try
        {
            // The version the form was shown with: a decision taken meanwhile makes this save fail.
            db.Entry(Review).Property(r => r.Version).OriginalValue = Version;
            var message = await decide(actor, time.GetUtcNow());
            await db.SaveChangesAsync();
            TempData["Message"] = message;
            return Redirect("/admin/review/inbox");
        }
        catch (RuleViolationException e)
        {
            return await ShowErrorAsync(reviewId, e.Message, notHolder ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowErrorAsync(reviewId, TakenMessage, StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult> ShowErrorAsync(int reviewId, string message, int status)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(reviewId);
        (Step, Version) = (Review.CurrentStep, Review.Version);
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>
    /// The review with its steps and decisions, if the user may see it: through its article, or as a named
    /// holder of one of its steps. The article check is an EXISTS on the review's own article; an IN over
    /// every visible article id made PostgreSQL collect all the articles of the user's sites (20–40 ms at 100,000 articles).
    /// </summary>
    private Task<Review?> FindAsync(int reviewId)
    {
        var me = staff.AccountId;
        var visible = access.VisibleArticles();
        return db.Set<Review>().Include(r => r.Steps).Include(r => r.Decisions)
            .Where(r => r.Id == reviewId && (visible.Any(a => a.Id == r.ArticleId) || r.Steps.Any(s => s.AccountIds.Contains(me))))
            .SingleOrDefaultAsync();
    }

    private async Task<IActionResult?> LoadAsync(int reviewId)
    {
        var me = staff.AccountId;
        if (await FindAsync(reviewId) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Revision = await db.Set<ArticleRevision>().AsNoTracking().SingleAsync(r => r.Id == review.RevisionId);
        SafeBody = new BodySanitizer().Sanitize(Revision.Body, []).Html;
        Progress = (await ReviewProgress.OfAsync(db, [review]))[0];
        SiteName = (await directory.SiteAsync(review.SiteId))?.Name ?? string.Empty;
        ChannelName = (await directory.ChannelNamesAsync([review.ChannelId])).GetValueOrDefault(review.ChannelId, string.Empty);
        var actor = await actors.ForAsync(review);
        CanDecide = review.State == ReviewState.InProgress && review.Current.IsHeldBy(actor, review.UnitId);
        SelfApprovalForbidden = CanDecide && !review.AllowSelfApproval && review.IsOwnArticle(me);
        if (Request.Method == HttpMethods.Get)
        {
            Step = review.CurrentStep;
            Version = review.Version;
        }

        return null;
    }
}
