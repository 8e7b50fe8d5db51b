using GovSites.Platform;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// 修改发布时间 of a published article: needs a reason; the audit entry of the save keeps the time before and
/// after (a forged publication date is a veto item of the national evaluation). The publisher follows the
/// Rescheduled event written in the same save.
/// </summary>
public sealed class PublicationTimeModel(GovSitesDbContext db, ArticleAccess access, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? PublishedAt { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public ArticleView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        PublishedAt = ChinaTimeInput.Format(View.Article.PublishedAt);
        Version = View.Article.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var article = View.Article;
        Reason = Reason?.Trim();
        if (!ChinaTimeInput.TryParse(PublishedAt, out var at) || at is null)
        {
            ModelState.AddModelError(nameof(PublishedAt), "请填写新的发布时间，格式为“年-月-日 时:分”。");
        }
        else if (at == article.PublishedAt)
        {
            ModelState.AddModelError(nameof(PublishedAt), "新的发布时间与原发布时间相同。");
        }

        if (Reason is { Length: > 500 })
        {
            ModelState.AddModelError(nameof(Reason), "修改原因不能超过 500 个字。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            article.ChangePublicationTime(at!.Value, Reason ?? string.Empty);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        var now = time.GetUtcNow();
        article.UpdatedAt = now;
        db.Entry(article).Property(a => a.Version).OriginalValue = Version;
        db.Set<ArticleEvent>().Add(new ArticleEvent { ArticleId = article.Id, SiteId = article.SiteId, Kind = ArticleEventKind.Rescheduled, RevisionId = article.LiveRevisionId, DueAt = now, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "该记录已被他人修改，请刷新后重新编辑。");
            return Page();
        }

        TempData["Message"] = $"已将发布时间改为 {at.Value.ToChinaMinute()}，修改原因已记入审计日志。";
        return Redirect($"/admin/articles/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await ArticleView.LoadAsync(db, access, id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return view.CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
