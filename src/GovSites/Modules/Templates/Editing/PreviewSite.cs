using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Templates.Editing;

/// <summary>
/// A site's <see cref="SiteModel"/> for the preview and the save check: its real name, identity and top
/// channels, with path-mode URLs and the preview's own asset URL.
/// </summary>
public static class PreviewSite
{
    public static async Task<SiteModel> LoadAsync(GovSitesDbContext db, Site site, string mainColor, CancellationToken cancellationToken)
    {
        var root = $"/sites/{site.Key}/";
        var channels = await db.Channels.AsNoTracking().Where(c => c.SiteId == site.Id && c.ParentId == null)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var portal = await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.Portal).Select(s => new { s.Name, s.Key })
            .FirstOrDefaultAsync(cancellationToken);
        var domain = await db.SiteDomains.AsNoTracking().Where(d => d.SiteId == site.Id).OrderBy(d => d.Id).Select(d => d.Host)
            .FirstOrDefaultAsync(cancellationToken) ?? "";
        return new SiteModel
        {
            Key = site.Key,
            Name = site.Name,
            Kind = site.Kind == SiteKind.Portal ? "portal" : "unit",
            Url = root,
            Domain = domain,
            AbsoluteUrl = domain.Length > 0 ? $"https://{domain}/" : root,
            SiteCode = site.SiteCode ?? "",
            IcpNumber = site.IcpNumber ?? "",
            PoliceFilingNumber = site.PoliceFilingNumber ?? "",
            Sponsor = site.Sponsor,
            Operator = site.Operator,
            ContactPhone = site.ContactPhone ?? "",
            ContactEmail = site.ContactEmail ?? "",
            ContactAddress = site.ContactAddress ?? "",
            MainColor = mainColor,
            AssetsUrl = $"/admin/templates/{site.Id}/preview-assets/",
            FeedUrl = root + "rss.xml",
            SearchUrl = root + "search",
            PortalName = portal?.Name ?? site.Name,
            PortalUrl = portal is null ? root : $"/sites/{portal.Key}/",
            Navigation = [.. channels.Select(c => new ChannelLink
            {
                Key = c.Key,
                Name = c.Name,
                Url = c.Type == ChannelType.ExternalLink ? c.ExternalUrl ?? root : $"{root}{c.Key}/",
                Type = c.Type switch { ChannelType.List => "list", ChannelType.SinglePage => "single", _ => "link" },
                CategoryName = c.Category.ToChinese(),
            })],
        };
    }
}
