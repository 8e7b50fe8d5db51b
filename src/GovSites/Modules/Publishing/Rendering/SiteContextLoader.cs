using GovSites.Modules.Sites;
using GovSites.Modules.Templates;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>Loads a <see cref="SiteContext"/>: the site and its channels from the database, the theme from <see cref="IThemeRenderer"/>.</summary>
public sealed class SiteContextLoader(GovSitesDbContext db, IThemeRenderer themes, PublishingOptions options)
{
    public async Task<SiteContext> LoadAsync(int siteId, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().Include(s => s.Domains).SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken)
            ?? throw new PublishException($"站点（编号 {siteId}）不存在。");
        var portal = await db.Sites.AsNoTracking().Include(s => s.Domains).Where(s => s.Kind == SiteKind.Portal).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? site;
        var channels = Ordered(await db.Channels.AsNoTracking().Where(c => c.SiteId == siteId)
            .Select(c => new ChannelInfo(c.Id, c.ParentId, c.Key, c.Name, c.Type, c.Category, c.ExternalUrl, c.SortOrder))
            .ToListAsync(cancellationToken));
        var theme = await themes.LoadAsync(siteId, cancellationToken);
        var urls = UrlsOf(site);
        var model = new SiteModel
        {
            Key = site.Key,
            Name = site.Name,
            Kind = site.Kind == SiteKind.Portal ? "portal" : "unit",
            Url = urls.Root,
            Domain = PrimaryDomain(site) ?? "",
            AbsoluteUrl = urls.Absolute,
            SiteCode = site.SiteCode ?? "",
            IcpNumber = site.IcpNumber ?? "",
            PoliceFilingNumber = site.PoliceFilingNumber ?? "",
            Sponsor = site.Sponsor,
            Operator = site.Operator,
            ContactPhone = site.ContactPhone ?? "",
            ContactEmail = site.ContactEmail ?? "",
            ContactAddress = site.ContactAddress ?? "",
            MainColor = theme.MainColor,
            AssetsUrl = urls.Root + "assets/",
            FeedUrl = urls.Page("rss.xml"),
            SearchUrl = urls.Root + "search",
            PortalName = portal.Name,
            PortalUrl = UrlsOf(portal).From(urls),
            Navigation = Links(channels, null, urls),
        };
        return new SiteContext(site.Id, site.Key, site.Kind == SiteKind.Portal, urls, model, channels, theme);
    }

    public SiteUrls UrlsOf(Site site) => SiteUrls.For(site.Key, PrimaryDomain(site), options);

    public static ChannelLink Link(ChannelInfo c, SiteUrls urls, IReadOnlyList<ChannelLink> children) => new()
    {
        Key = c.Key,
        Name = c.Name,
        Url = c.Type == ChannelType.ExternalLink ? c.ExternalUrl ?? "" : urls.Page(SiteUrls.ListPath(c.Key, 1)),
        Type = c.Type switch { ChannelType.List => "list", ChannelType.SinglePage => "single", _ => "link" },
        CategoryName = c.Category.ToChinese(),
        Children = children,
    };

    private static string? PrimaryDomain(Site site) => site.Domains.OrderBy(d => d.Id).Select(d => d.Host).FirstOrDefault();

    private static List<ChannelLink> Links(IReadOnlyList<ChannelInfo> channels, int? parent, SiteUrls urls) =>
        [.. channels.Where(c => c.ParentId == parent).Select(c => Link(c, urls, Links(channels, c.Id, urls)))];

    /// <summary>Tree order: parents before children, siblings by sort order then id (stable output).</summary>
    private static List<ChannelInfo> Ordered(List<ChannelInfo> all)
    {
        var ordered = new List<ChannelInfo>();
        void Add(int? parent)
        {
            foreach (var c in all.Where(c => c.ParentId == parent).OrderBy(c => c.SortOrder).ThenBy(c => c.Id))
            {
                ordered.Add(c);
                Add(c.Id);
            }
        }

        Add(null);
        return ordered;
    }
}
