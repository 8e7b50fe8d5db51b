using GovSites.Platform.Data;

namespace GovSites.Modules.Publishing;

/// <summary>How published sites are addressed.</summary>
public enum SiteUrlMode
{
    /// <summary>Every site under /sites/{key}/ on one host (the default; nothing to set up in DNS).</summary>
    Path,

    /// <summary>Each site at the root of its primary domain; a site with no domain falls back to <see cref="Path"/>.</summary>
    Host,
}

/// <summary>Settings under <c>GovSites:Publishing</c>.</summary>
public sealed class PublishingOptions
{
    public const string Section = "GovSites:Publishing";

    /// <summary>The releases folder; default <c>{DataDirectory}/releases</c>.</summary>
    public string ReleasesDirectory { get; set; } = "";

    /// <summary>How many releases of a site are kept for rollback (the live one included).</summary>
    public int KeepReleases { get; set; } = 5;

    public SiteUrlMode SiteUrls { get; set; } = SiteUrlMode.Path;

    /// <summary>Scheme and host of the public sites in <see cref="SiteUrlMode.Path"/> mode, for absolute URLs (meta Url, feeds, sitemap).</summary>
    public string PublicOrigin { get; set; } = "http://localhost:5000";

    /// <summary>Articles per list page.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Newest articles per channel section of the home page.</summary>
    public int HomeItems { get; set; } = 8;

    /// <summary>Items of the site and channel feeds.</summary>
    public int FeedItems { get; set; } = 20;

    /// <summary>Pages rendered at once by a full rebuild.</summary>
    public int Parallelism { get; set; } = 2;

    /// <summary>Sites the command line publishes at once (<c>publish --all</c>); each renders with <see cref="Parallelism"/>.</summary>
    public int SitesAtOnce { get; set; } = Environment.ProcessorCount;

    /// <summary>Articles read from the database at a time by a full rebuild (memory stays flat).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Whether this node runs the publish worker (the tests drive the publisher themselves).</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>How often the worker looks for due article events and queued jobs.</summary>
    public int PollMilliseconds { get; set; } = 250;

    public static PublishingOptions From(IConfiguration configuration)
    {
        var options = new PublishingOptions();
        configuration.GetSection(Section).Bind(options);
        if (string.IsNullOrWhiteSpace(options.ReleasesDirectory))
        {
            options.ReleasesDirectory = Path.Combine(configuration.DataDirectory(), "releases");
        }

        options.ReleasesDirectory = Path.GetFullPath(options.ReleasesDirectory);
        options.PublicOrigin = options.PublicOrigin.TrimEnd('/');
        return options;
    }
}

/// <summary>
/// Where releases live: <c>{ReleasesDirectory}/{siteKey}/{number:D6}/</c> holds one complete release and
/// <c>{ReleasesDirectory}/{siteKey}/current</c> is a symbolic link to the live one, replaced with rename(2).
/// A release folder is complete when it holds <see cref="ManifestFile"/>; a folder without it is the
/// leftover of a crash and is deleted.
/// </summary>
public sealed class ReleasePaths(PublishingOptions options)
{
    /// <summary>Written last into a release folder: number, previous number, changed and removed paths.</summary>
    public const string ManifestFile = ".release.json";

    public string Root => options.ReleasesDirectory;

    public string SiteDirectory(string siteKey) => Path.Combine(options.ReleasesDirectory, siteKey);

    public string CurrentLink(string siteKey) => Path.Combine(SiteDirectory(siteKey), "current");

    public string ReleaseDirectory(string siteKey, int number) =>
        Path.Combine(SiteDirectory(siteKey), number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
}
