namespace GovSites.Modules.Publishing.Rendering;

/// <summary>
/// The URLs of one site's release (layout in the issue 4 notes): site-rooted for links inside the site,
/// absolute for the meta Url, feeds and the sitemap. Path mode: <c>/sites/{key}/</c>; Host mode: the root of
/// the site's primary domain (a site without a domain stays in Path mode).
/// </summary>
public sealed class SiteUrls
{
    private SiteUrls(string root, string absolute)
    {
        Root = root;
        Absolute = absolute;
    }

    /// <summary>Site-rooted prefix, ends with "/".</summary>
    public string Root { get; }

    /// <summary>Scheme, host and root, ends with "/".</summary>
    public string Absolute { get; }

    public static SiteUrls For(string siteKey, string? primaryDomain, PublishingOptions options) =>
        options.SiteUrls == SiteUrlMode.Host && !string.IsNullOrEmpty(primaryDomain)
            ? new SiteUrls("/", $"https://{primaryDomain}/")
            : new SiteUrls($"/sites/{siteKey}/", $"{options.PublicOrigin}/sites/{siteKey}/");

    /// <summary>The URL of a release path: <c>index.html</c> files are addressed by their folder.</summary>
    public string Page(string path) => Root + Folder(path);

    public string AbsolutePage(string path) => Absolute + Folder(path);

    /// <summary>How another site links here: site-rooted when both are under /sites/, else absolute.</summary>
    public string From(SiteUrls other) => Root == "/" || other.Root == "/" ? Absolute : Root;

    public static string ArticlePath(string channelKey, int articleId) => $"{channelKey}/{articleId}.html";

    public static string ListPath(string channelKey, int page) => page <= 1 ? $"{channelKey}/index.html" : $"{channelKey}/index_{page}.html";

    public static string FeedPath(string channelKey) => $"{channelKey}/rss.xml";

    public static string FilePath(int attachmentId, string extension) => $"files/{attachmentId}{extension}";

    private static string Folder(string path) =>
        path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
