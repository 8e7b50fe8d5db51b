namespace GovSites.Modules.Templates;

// The view models the site templates see. Publishing prepares them from its own records and the live
// revisions of Content; templates never see database entities. Every URL is ready to print (site-rooted,
// e.g. "/sites/lbz/tzgg/123.html" when sites are served under /sites/{key}/, "/tzgg/123.html" when a site
// has its own host). Times are already formatted as DOMAIN.md §1 asks (YYYY-MM-DD HH:MM, China time).

/// <summary>The template a page is rendered with. The file of the theme is <c>{name}.liquid</c> in lower case.</summary>
public enum TemplateName
{
    /// <summary>layout.liquid: the frame every page is rendered into; sees <see cref="PageModel"/> and <c>content</c>.</summary>
    Layout,

    /// <summary>home.liquid: the site home page; sees <see cref="HomePageModel"/>.</summary>
    Home,

    /// <summary>list.liquid: one page of a list channel; sees <see cref="ListPageModel"/>.</summary>
    List,

    /// <summary>article.liquid: an article page; sees <see cref="ArticlePageModel"/>.</summary>
    Article,

    /// <summary>singlepage.liquid: a single-page channel (单页栏目); sees <see cref="SinglePageModel"/>.</summary>
    SinglePage,

    /// <summary>search.liquid: the shell of the search results page the application fills; sees <see cref="SearchPageModel"/>.</summary>
    Search,

    /// <summary>notfound.liquid: the 404 page; sees <see cref="PageModel"/>.</summary>
    NotFound,
}

/// <summary>What every page knows about its site: identity (DOMAIN.md §1 footer and meta tags) and navigation.</summary>
public sealed record SiteModel
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>"portal" or "unit".</summary>
    public required string Kind { get; init; }

    /// <summary>The site's home page URL (site-rooted, ends with "/").</summary>
    public required string Url { get; init; }

    /// <summary>The site's primary domain for the SiteDomain meta tag; empty when it has none.</summary>
    public required string Domain { get; init; }

    /// <summary>The absolute base (scheme, host and root) used in the Url meta tag, sitemap and feeds, ending with "/".</summary>
    public required string AbsoluteUrl { get; init; }

    public required string SiteCode { get; init; }

    public required string IcpNumber { get; init; }

    public required string PoliceFilingNumber { get; init; }

    public required string Sponsor { get; init; }

    public required string Operator { get; init; }

    public required string ContactPhone { get; init; }

    public required string ContactEmail { get; init; }

    public required string ContactAddress { get; init; }

    /// <summary>The theme's main colour, a CSS hex colour such as "#1f5fa8".</summary>
    public required string MainColor { get; init; }

    /// <summary>Where the theme's static files are (site-rooted, ends with "/"), e.g. "/sites/lbz/assets/".</summary>
    public required string AssetsUrl { get; init; }

    /// <summary>The site feed (RSS 2.0).</summary>
    public required string FeedUrl { get; init; }

    /// <summary>The dynamic search page of the application for this site (GET, parameter q).</summary>
    public required string SearchUrl { get; init; }

    /// <summary>The county portal: name and URL; on the portal itself the same as this site.</summary>
    public required string PortalName { get; init; }

    public required string PortalUrl { get; init; }

    /// <summary>Top-level channels in order, for the main navigation.</summary>
    public required IReadOnlyList<ChannelLink> Navigation { get; init; }
}

public sealed record ChannelLink
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Url { get; init; }

    /// <summary>"list", "single" or "link".</summary>
    public required string Type { get; init; }

    /// <summary>The channel category in Chinese (ColumnType meta tag), e.g. "通知公告".</summary>
    public required string CategoryName { get; init; }

    /// <summary>Sub-channels in order (empty for leaves).</summary>
    public IReadOnlyList<ChannelLink> Children { get; init; } = [];
}

/// <summary>One entry of a list, a home section or a feed.</summary>
public sealed record ArticleLink
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    /// <summary>YYYY-MM-DD HH:MM</summary>
    public required string PublishedAt { get; init; }

    /// <summary>YYYY-MM-DD</summary>
    public required string PublishedDate { get; init; }

    public required string Summary { get; init; }

    /// <summary>For an article the portal adopted from a unit: the unit's name (来源); otherwise empty.</summary>
    public required string CreditUnit { get; init; }
}

public sealed record AttachmentLink
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    /// <summary>Human size, e.g. "1.2 MB".</summary>
    public required string Size { get; init; }
}

public sealed record BreadcrumbItem
{
    public required string Name { get; init; }

    public required string Url { get; init; }
}

/// <summary>The identity meta tags of DOMAIN.md §1 that vary per page (the site-wide ones come from <see cref="SiteModel"/>).</summary>
public sealed record PageMeta
{
    public string ColumnName { get; init; } = "";

    public string ColumnType { get; init; } = "";

    public string ArticleTitle { get; init; } = "";

    public string PubDate { get; init; } = "";

    public string ContentSource { get; init; } = "";

    public string Keywords { get; init; } = "";

    public string Author { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The absolute URL of this page.</summary>
    public string Url { get; init; } = "";
}

/// <summary>Common to every page. Subclasses add what their template shows.</summary>
public record PageModel
{
    public required SiteModel Site { get; init; }

    /// <summary>The document title (without the site name; the layout appends it).</summary>
    public required string Title { get; init; }

    public required PageMeta Meta { get; init; }

    /// <summary>Site-rooted URL of this page.</summary>
    public required string Url { get; init; }

    /// <summary>The key of the top-level channel this page belongs to, to mark the navigation; empty on home.</summary>
    public string CurrentNavKey { get; init; } = "";

    public IReadOnlyList<BreadcrumbItem> Breadcrumb { get; init; } = [];
}
