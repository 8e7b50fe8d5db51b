namespace GovSites.Modules.Publishing.Serving;

/// <summary>Settings under <c>GovSites:Serving</c>.</summary>
public sealed class ServingOptions
{
    public const string Section = "GovSites:Serving";

    /// <summary>Bytes of pre-built responses (bodies and their encodings) kept in memory, least recently used dropped first.</summary>
    public long CacheBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Files larger than this are streamed from disk instead of being kept in memory.</summary>
    public long MaxCachedFileBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>How long the target of a site's <c>current</c> link is trusted before it is read again.</summary>
    public TimeSpan ReleaseCheckInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the host name → site table is kept before it is read again from the database.</summary>
    public TimeSpan HostRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
