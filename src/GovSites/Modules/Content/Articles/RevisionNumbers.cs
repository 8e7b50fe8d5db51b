using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// Revisions are numbered 1, 2, … per article. Autosaves take numbers too but leave the working copy alone,
/// so the next number comes from the revisions, not from <see cref="Article.RevisionNumber"/> (which is the
/// number of the revision the working copy was last saved as).
/// </summary>
internal static class RevisionNumbers
{
    public static async Task<int> NextAsync(GovSitesDbContext db, int articleId) =>
        (await db.Set<ArticleRevision>().Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number) ?? 0) + 1;
}
