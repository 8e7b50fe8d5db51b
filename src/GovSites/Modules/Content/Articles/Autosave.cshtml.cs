using System.Globalization;
using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// 自动保存: keeps the form as an autosave revision when it differs from the last revision. The working copy
/// and its state are not touched, so an autosave never turns a published article into a draft and never
/// conflicts with anyone's save.
/// </summary>
public sealed class AutosaveModel(GovSitesDbContext db, ArticleAccess access, ArticleBody articleBody, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public string? Body { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await ArticleView.LoadAsync(db, access, id) is not { } view)
        {
            return NotFound();
        }

        if (!view.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (view.Article.State == ArticleState.InReview)
        {
            return new JsonResult(new { saved = false, message = "稿件正在审核中，不能修改，未自动保存。" }) { StatusCode = StatusCodes.Status409Conflict };
        }

        // Whatever was typed is kept, even a title too long for the save button to accept.
        Input.Fit();
        var copy = Input.ToUnsavedCopy(view.Article, (await articleBody.CleanAsync(Body)).Html);
        var latest = await db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync();
        if (latest is not null && SameContent(latest, copy))
        {
            return new JsonResult(new { saved = false });
        }

        var now = time.GetUtcNow();
        var number = await RevisionNumbers.NextAsync(db, id);
        db.Set<ArticleRevision>().Add(ArticleRevision.Of(copy, number, isAutosave: true, staff.AccountId, now));
        await db.SaveChangesAsync();
        var at = now.ToChina().ToString("HH:mm", CultureInfo.InvariantCulture);
        return new JsonResult(new { saved = true, number, at, message = $"已自动保存 {at}" });
    }

    private static bool SameContent(ArticleRevision r, Article a) =>
        r.Title == a.Title && r.Subtitle == a.Subtitle && r.Source == a.Source && r.Author == a.Author
        && r.IssuingBody == a.IssuingBody && r.DocumentNumber == a.DocumentNumber && r.Summary == a.Summary
        && r.Keywords == a.Keywords && r.Body == a.Body && r.IsExternalSource == a.IsExternalSource
        && r.PublishAt == a.PublishAt && r.CoverAttachmentId == a.CoverAttachmentId;
}
