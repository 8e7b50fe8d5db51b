using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content;

/// <summary>
/// Which articles the signed-in staff member may see and write. Every page that loads an article goes
/// through here, so a guessed id of another unit's article finds nothing (404). Modules that may use
/// Content but not Sites (Review) scope articles with it.
/// </summary>
public sealed class ArticleAccess(GovSitesDbContext db, SiteAccess sites, CurrentStaff staff)
{
    private static readonly string[] WriterRoles = [RoleNames.InfoOfficer, RoleNames.PortalEditor];

    /// <summary>Articles of the sites the user may see; a grant limited to a channel shows only that channel.</summary>
    public IQueryable<Article> VisibleArticles()
    {
        if (sites.CanReadAll)
        {
            return db.Articles;
        }

        var accountId = staff.AccountId;
        return db.Articles.Where(a => db.Grants.Any(g =>
            g.AccountId == accountId && g.SiteId == a.SiteId && (g.ChannelId == null || g.ChannelId == a.ChannelId)));
    }

    /// <summary>The author, or an information officer or portal editor of the site's own unit with a grant covering the article.</summary>
    public async Task<bool> CanEditAsync(Article article, CancellationToken cancellationToken = default)
    {
        if (article.CreatedById is { } author && author == staff.AccountId)
        {
            return true;
        }

        if (!staff.IsInAny(WriterRoles))
        {
            return false;
        }

        var accountId = staff.AccountId;
        var unitId = staff.UnitId;
        return await db.Grants.AnyAsync(
            g => g.AccountId == accountId && g.SiteId == article.SiteId && (g.ChannelId == null || g.ChannelId == article.ChannelId)
                && db.Sites.Any(s => s.Id == article.SiteId && s.UnitId == unitId),
            cancellationToken);
    }
}
