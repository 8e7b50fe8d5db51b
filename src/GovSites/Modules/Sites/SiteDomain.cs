namespace GovSites.Modules.Sites;

/// <summary>站点绑定的域名。一个域名只能属于一个站点。</summary>
public sealed class SiteDomain
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Lower-case host name without port, e.g. <c>shuangpai.gov.cn</c>.</summary>
    public required string Host { get; set; }
}
