using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>修订记录: every save and autosave of an article, newest first, with a choice of two to compare.</summary>
public sealed class RevisionsModel(GovSitesDbContext db, ArticleAccess access) : PageModel
{
    public sealed record Row(int Id, int Number, DateTimeOffset SavedAt, string? SavedBy, bool IsAutosave, string Title);

    public ArticleView View { get; private set; } = null!;

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ArticleView.LoadAsync(db, access, id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Rows = await db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number)
            .Select(r => new Row(r.Id, r.Number, r.SavedAt, db.Users.Where(u => u.Id == r.SavedById).Select(u => u.DisplayName).SingleOrDefault(), r.IsAutosave, r.Title))
            .ToListAsync();
        return Page();
    }
}
