using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Content;

/// <summary>
/// Which articles the signed-in staff member may see and write. Every page and API that loads an article
/// goes through <see cref="VisibleArticles"/>, so a guessed id of another unit's article finds nothing (404).
/// Reading follows <see cref="SiteAccess"/>: the roles that read every site read every article; the
/// site-scoped roles read the sites they hold a grant on — the whole site, or only the channel a grant names.
/// Writing (信息员、门户编辑) needs such a grant as well.
/// </summary>
public sealed class ArticleAccess(GovSitesDbContext db, CurrentStaff staff, SiteAccess sites)
{
    private static readonly string[] WriterRoles = [RoleNames.InfoOfficer, RoleNames.PortalEditor];

    /// <summary>The roles that write articles; each still needs a grant on the site or channel.</summary>
    public bool IsWriter => staff.IsInAny(WriterRoles);

    public IQueryable<Article> VisibleArticles()
    {
        if (sites.CanReadAll)
        {
            return db.Articles;
        }

        // Written so the database can start from the (SiteId, …) indexes of Articles: "site among the granted
        // ones" first, then the whole-site or channel condition. A plain OR of the two would scan every article.
        var accountId = staff.AccountId;
        var grantedSites = db.Grants.Where(g => g.AccountId == accountId).Select(g => g.SiteId);
        var wholeSites = db.Grants.Where(g => g.AccountId == accountId && g.ChannelId == null).Select(g => g.SiteId);
        var channels = db.Grants.Where(g => g.AccountId == accountId && g.ChannelId != null).Select(g => g.ChannelId!.Value);
        return db.Articles.Where(a => grantedSites.Contains(a.SiteId) && (wholeSites.Contains(a.SiteId) || channels.Contains(a.ChannelId)));
    }

    /// <summary>Whether the user may write in <paramref name="channelId"/> of <paramref name="siteId"/> (the caller checks that the channel belongs to the site).</summary>
    public async Task<bool> CanWriteAsync(int siteId, int channelId)
    {
        if (!IsWriter)
        {
            return false;
        }

        var accountId = staff.AccountId;
        return await db.Grants.AnyAsync(g => g.AccountId == accountId && g.SiteId == siteId && (g.ChannelId == null || g.ChannelId == channelId));
    }

    public Task<bool> CanEditAsync(Article article) => CanWriteAsync(article.SiteId, article.ChannelId);

    /// <summary>The channels of <paramref name="siteId"/> the user may write in; external links hold no articles.</summary>
    public IQueryable<Channel> WritableChannels(int siteId)
    {
        if (!IsWriter)
        {
            return db.Channels.Where(c => false);
        }

        var accountId = staff.AccountId;
        return sites.VisibleChannels().Where(c => c.SiteId == siteId
            && c.Type != ChannelType.ExternalLink
            && db.Grants.Any(g => g.AccountId == accountId && g.SiteId == siteId && (g.ChannelId == null || g.ChannelId == c.Id)));
    }

    /// <summary>The sites on which the user may write in at least one channel.</summary>
    public IQueryable<Site> WritableSites()
    {
        if (!IsWriter)
        {
            return db.Sites.Where(s => false);
        }

        var accountId = staff.AccountId;
        return sites.VisibleSites().Where(s => db.Grants.Any(g => g.AccountId == accountId && g.SiteId == s.Id));
    }
}
