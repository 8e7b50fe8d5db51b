using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Platform;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review.Articles;

/// <summary>
/// 审核进度 of one article, for its author and anyone who may see it: where it is, who decided what, and
/// why it was returned. Its author (or a writer of the site) submits it here; the author recalls it.
/// </summary>
public sealed class ProgressModel(GovSitesDbContext db, ArticleAccess access, SiteDirectory directory, SubmitForReview submitting, CurrentStaff staff) : PageModel
{
    public const string ConflictMessage = "该稿件刚被他人送审或修改，请刷新后查看。";

    public Article Article { get; private set; } = null!;

    public string SiteName { get; private set; } = string.Empty;

    public string ChannelName { get; private set; } = string.Empty;

    /// <summary>Newest first.</summary>
    public List<ReviewProgress> Reviews { get; private set; } = [];

    public bool CanSubmit { get; private set; }

    public bool CanRecall { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!await access.CanEditAsync(Article))
        {
            return Forbid();
        }

        try
        {
            var review = await submitting.SubmitAsync(Article);
            TempData["Message"] = $"已送审，当前环节：{review.Current.Name}。";
            return Redirect($"/admin/review/articles/{id}");
        }
        catch (RuleViolationException e)
        {
            return await ShowErrorAsync(id, e.Message, StatusCodes.Status400BadRequest);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowErrorAsync(id, ConflictMessage, StatusCodes.Status409Conflict);
        }
    }

    public async Task<IActionResult> OnPostRecallAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        try
        {
            await submitting.RecallAsync(Article);
            TempData["Message"] = "已撤回送审，稿件回到草稿状态，可以修改后重新送审。";
            return Redirect($"/admin/review/articles/{id}");
        }
        catch (RuleViolationException e)
        {
            return await ShowErrorAsync(id, e.Message, StatusCodes.Status400BadRequest);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowErrorAsync(id, "审核进度刚有变化，请刷新后查看。", StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult> ShowErrorAsync(int id, string message, int status)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await access.VisibleArticles().SingleOrDefaultAsync(a => a.Id == id) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        SiteName = (await directory.SiteAsync(article.SiteId))?.Name ?? string.Empty;
        ChannelName = (await directory.ChannelNamesAsync([article.ChannelId])).GetValueOrDefault(article.ChannelId, string.Empty);
        var reviews = await db.Set<Review>().AsNoTracking().Include(r => r.Steps).Include(r => r.Decisions)
            .Where(r => r.ArticleId == id).OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).ToListAsync();
        Reviews = await ReviewProgress.OfAsync(db, reviews);
        CanSubmit = article.State is ArticleState.Draft or ArticleState.Returned && await access.CanEditAsync(article);
        CanRecall = reviews.FirstOrDefault() is { State: ReviewState.InProgress } latest && latest.IsOwnArticle(staff.AccountId);
        return null;
    }
}
