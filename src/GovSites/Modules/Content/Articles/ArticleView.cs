using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content.Articles;

/// <summary>An article as the pages about it load it: through <see cref="ArticleAccess"/>, with its site and channel names.</summary>
public sealed record ArticleView(Article Article, string SiteName, string ChannelName, bool CanEdit)
{
    /// <summary>Null when the article does not exist or the user may not see it (the page answers 404).</summary>
    public static async Task<ArticleView?> LoadAsync(GovSitesDbContext db, ArticleAccess access, int id)
    {
        if (await access.VisibleArticles().SingleOrDefaultAsync(a => a.Id == id) is not { } article)
        {
            return null;
        }

        var names = await db.Channels.Where(c => c.Id == article.ChannelId)
            .Select(c => new { Channel = c.Name, Site = db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).Single() })
            .SingleAsync();
        return new ArticleView(article, names.Site, names.Channel, await access.CanEditAsync(article));
    }
}
