using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Platform;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Submissions;

/// <summary>
/// 报送单: the submission with the article, the portal editor's forms (采用, 退稿, 请修改) and the unit's
/// (重新报送, 撤回). Every form carries the version it was shown with, so of two decisions at once one wins.
/// </summary>
public sealed class DetailModel(GovSitesDbContext db, SubmissionAccess access, ArticleAccess articles, CurrentStaff staff, TimeProvider time) : PageModel
{
    public const string TakenMessage = "该报送已由他人处理，请刷新页面查看最新状态。";

    public Submission Submission { get; private set; } = null!;

    public SubmissionRow Row { get; private set; } = null!;

    public bool CanDecide { get; private set; }

    public bool IsSubmitter { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Opinion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostAdoptAsync(int id) =>
        ChangeAsync(id, decide: true, (s, me, now) => s.Adopt(me, now), "已采用，稿件将出现在门户网站该栏目中。");

    public Task<IActionResult> OnPostReturnAsync(int id) =>
        ChangeAsync(id, decide: true, (s, me, now) => s.Return(me, Reason, now), "已退稿。");

    public Task<IActionResult> OnPostReviseAsync(int id) =>
        ChangeAsync(id, decide: true, (s, me, now) => s.RequestRevision(me, Opinion, now), "已请报送单位修改。");

    public Task<IActionResult> OnPostResubmitAsync(int id) =>
        ChangeAsync(id, decide: false, (s, me, now) => s.Resubmit(me, now), "已重新报送。");

    public Task<IActionResult> OnPostWithdrawAsync(int id) =>
        ChangeAsync(id, decide: false, (s, me, now) => s.Withdraw(me, now), "已撤回报送。");

    private async Task<IActionResult> ChangeAsync(int id, bool decide, Action<Submission, int, DateTimeOffset> change, string message)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (decide ? !CanDecide : !IsSubmitter)
        {
            return Forbid();
        }

        // The form was shown at another version: someone decided in between (whether their save has
        // committed before this load or not), so this decision is not applied.
        if (Submission.Version != Version)
        {
            return await ShowErrorAsync(id, TakenMessage, StatusCodes.Status409Conflict);
        }

        try
        {
            db.Entry(Submission).Property(s => s.Version).OriginalValue = Version;
            var now = time.GetUtcNow();
            change(Submission, staff.AccountId, now);
            if (Submission.State == SubmissionState.Adopted)
            {
                await PlaceAsync(now);
            }

            await db.SaveChangesAsync();
            TempData["Message"] = message;
            return Redirect(decide ? "/admin/submissions/inbox" : "/admin/submissions");
        }
        catch (RuleViolationException e)
        {
            return await ShowErrorAsync(id, e.Message, StatusCodes.Status400BadRequest);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowErrorAsync(id, TakenMessage, StatusCodes.Status409Conflict);
        }
    }

    /// <summary>Adoption places the article in the portal channel, with the event the publisher follows, in the same save.</summary>
    private async Task PlaceAsync(DateTimeOffset now)
    {
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == Submission.ArticleId);
        var portalId = await db.Channels.Where(c => c.Id == Submission.ChannelId).Select(c => c.SiteId).SingleAsync();
        var (placement, placed) = ArticlePlacement.Place(article, portalId, Submission.ChannelId, Submission.UnitId, now);
        db.Add(placement);
        db.Add(placed);
    }

    private async Task<IActionResult> ShowErrorAsync(int id, string message, int status)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        Version = Submission.Version;
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await access.VisibleSubmissions().SingleOrDefaultAsync(s => s.Id == id) is not { } submission)
        {
            return NotFound();
        }

        Submission = submission;
        Row = (await SubmissionRow.ListAsync(db, db.Set<Submission>().Where(s => s.Id == id)))[0];
        CanDecide = await access.CanDecideAsync(submission);
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == submission.ArticleId);
        IsSubmitter = await articles.CanEditAsync(article) && await articles.VisibleArticles().AnyAsync(a => a.Id == article.Id);
        if (Request.Method == HttpMethods.Get)
        {
            Version = submission.Version;
        }

        return null;
    }
}
