using GovSites.Platform.Data;

namespace GovSites.Modules.Templates;

/// <summary>站点主题设置：主色。无记录的站点使用默认主题的颜色。</summary>
public sealed class ThemeSettings : IVersioned
{
    /// <summary>One row per site; the key is the site's.</summary>
    public int SiteId { get; set; }

    /// <summary>主色，#rrggbb，与白色对比度不低于 4.5:1（<see cref="ThemeColor"/>）。</summary>
    public required string MainColor { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The account that last changed it (Organization's Account; no navigation, Templates may not use Organization).</summary>
    public int? UpdatedById { get; set; }

    public int Version { get; set; }
}
