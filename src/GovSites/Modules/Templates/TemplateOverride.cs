using GovSites.Platform.Data;

namespace GovSites.Modules.Templates;

/// <summary>站点对默认主题某个模板的改写。删除即恢复默认。</summary>
public sealed class TemplateOverride : IVersioned
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>The template, e.g. <see cref="TemplateName.Article"/>, stored by name.</summary>
    public TemplateName Name { get; set; }

    /// <summary>The Liquid source; saved only after it parsed and rendered the site's sample pages.</summary>
    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int? UpdatedById { get; set; }

    public int Version { get; set; }
}
