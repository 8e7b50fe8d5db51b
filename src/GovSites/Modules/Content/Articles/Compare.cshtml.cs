using DiffPlex.DiffBuilder.Model;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>比较修订版本: any two revisions of an article side by side, fields and body.</summary>
public sealed class CompareModel(GovSitesDbContext db, ArticleAccess access) : PageModel
{
    public ArticleView View { get; private set; } = null!;

    public ArticleRevision A { get; private set; } = null!;

    public ArticleRevision B { get; private set; } = null!;

    public IReadOnlyList<RevisionComparison.FieldRow> Fields { get; private set; } = [];

    public SideBySideDiffModel Body { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? a, int? b)
    {
        if (await ArticleView.LoadAsync(db, access, id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var revisions = db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id);
        var newest = await revisions.MaxAsync(r => (int?)r.Number) ?? 0;
        var numbers = new[] { a ?? newest - 1, b ?? newest };
        var found = await revisions.Where(r => numbers.Contains(r.Number)).ToListAsync();
        if (found.SingleOrDefault(r => r.Number == numbers[0]) is not { } first || found.SingleOrDefault(r => r.Number == numbers[1]) is not { } second)
        {
            return NotFound();
        }

        (A, B) = (first, second);
        Fields = RevisionComparison.Fields(A, B);
        Body = RevisionComparison.Body(A.Body, B.Body);
        return Page();
    }
}
