using GovSites.Platform;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>撤稿: takes a published article off the site, with a reason; the publisher follows the Withdrawn event written in the same save.</summary>
public sealed class WithdrawModel(GovSitesDbContext db, ArticleAccess access, TimeProvider time) : PageModel
{
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
        if (Reason is { Length: > 500 })
        {
            ModelState.AddModelError(nameof(Reason), "撤稿原因不能超过 500 个字。");
            return Page();
        }

        var now = time.GetUtcNow();
        try
        {
            article.Withdraw(Reason ?? string.Empty, now);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        article.UpdatedAt = now;
        db.Entry(article).Property(a => a.Version).OriginalValue = Version;
        db.Set<ArticleEvent>().Add(new ArticleEvent { ArticleId = article.Id, SiteId = article.SiteId, Kind = ArticleEventKind.Withdrawn, DueAt = now, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "该记录已被他人修改，请刷新后重新编辑。");
            return Page();
        }

        TempData["Message"] = $"已撤稿：“{article.Title}”将从网站上撤下。";
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
