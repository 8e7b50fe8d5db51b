using GovSites.Modules.Organization;
using GovSites.Platform;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// 编辑稿件. Every save writes a revision; a published article edited again becomes a draft while its approved
/// revision stays live. When someone else saved first, nothing is lost: this user's input is kept as an
/// autosave revision to compare and merge.
/// </summary>
public sealed class EditModel(GovSitesDbContext db, ArticleAccess access, ArticleBody articleBody, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public string? Body { get; set; }

    public ArticleView View { get; private set; } = null!;

    public Article Article => View.Article;

    /// <summary>Whether the form is shown: to writers, except while the article is in review (then only to show a refused input back).</summary>
    public bool ShowForm { get; private set; }

    /// <summary>The revision loaded into the form with <c>?from=N</c>.</summary>
    public int? LoadedRevision { get; private set; }

    /// <summary>An autosave newer than the working copy (unsaved work, or the losing side of a conflict).</summary>
    public ArticleRevision? NewerAutosave { get; private set; }

    /// <summary>The revision this user's input was kept as when someone else had saved first.</summary>
    public int? ConflictRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? from)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Input = ArticleInput.From(Article);
        Body = Article.Body;
        ShowForm = View.CanEdit && Article.State != ArticleState.InReview;
        if (ShowForm && from is { } number
            && await db.Set<ArticleRevision>().AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == id && r.Number == number) is { } revision)
        {
            Input = ArticleInput.From(revision, Article.Version);
            Body = revision.Body;
            LoadedRevision = number;
        }

        NewerAutosave = await db.Set<ArticleRevision>().AsNoTracking()
            .Where(r => r.ArticleId == id && r.Number > Article.RevisionNumber && r.IsAutosave)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!View.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ShowForm = true;
        Input.Validate(ModelState);
        var body = await articleBody.CleanAsync(Body);
        if (body.IsEmpty)
        {
            ModelState.AddModelError(nameof(Body), ArticleBody.EmptyMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Version != Article.Version)
        {
            return await KeepBothAsync(id, body.Html);
        }

        try
        {
            Article.Edit();
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        var now = time.GetUtcNow();
        var number = await RevisionNumbers.NextAsync(db, id);
        Input.ApplyTo(Article, body.Html);
        Article.RevisionNumber = number;
        Article.UpdatedAt = now;
        db.Entry(Article).Property(a => a.Version).OriginalValue = Input.Version;
        db.Set<ArticleRevision>().Add(ArticleRevision.Of(Article, number, isAutosave: false, staff.AccountId, now));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await KeepBothAsync(id, body.Html);
        }

        TempData["Message"] = $"已保存稿件（修订版本 {number}）。";
        return Redirect($"/admin/articles/{id}");
    }

    /// <summary>Someone else saved first: keep this input as an autosave revision and show the current working copy.</summary>
    private async Task<IActionResult> KeepBothAsync(int id, string body)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        var number = await RevisionNumbers.NextAsync(db, id);
        db.Set<ArticleRevision>().Add(ArticleRevision.Of(Input.ToUnsavedCopy(Article, body), number, isAutosave: true, staff.AccountId, time.GetUtcNow()));
        await db.SaveChangesAsync();

        ConflictRevision = number;
        ModelState.Clear();
        Input = ArticleInput.From(Article);
        Body = Article.Body;
        ShowForm = Article.State != ArticleState.InReview;
        return Page();
    }

    public string ConflictText => ConflictMessageOf(ConflictRevision ?? 0);

    public static string ConflictMessageOf(int revision) => $"该稿件已被他人修改。您的内容已另存为修订版本 {revision}，可在修订记录中比较后合并。";

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await ArticleView.LoadAsync(db, access, id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return null;
    }
}
