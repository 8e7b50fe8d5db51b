namespace GovSites.Modules.Templates;

/// <summary>Renders pages of a site with the site's theme (its Liquid templates, parsed once and cached).</summary>
public interface IThemeRenderer
{
    /// <summary>
    /// Loads the site's current theme (the default theme with the site's overrides and main colour).
    /// Thread-safe: one <see cref="SiteTheme"/> renders many pages in parallel.
    /// </summary>
    Task<SiteTheme> LoadAsync(int siteId, CancellationToken cancellationToken);
}

/// <summary>A parsed theme of one site.</summary>
public abstract class SiteTheme
{
    /// <summary>Identifies the theme version (templates + colour), so a release records what rendered it.</summary>
    public abstract string Fingerprint { get; }

    /// <summary>The colour the site's pages use.</summary>
    public abstract string MainColor { get; }

    /// <summary>
    /// Renders <paramref name="model"/> with <paramref name="template"/> inside the layout, to a complete HTML
    /// document. Deterministic: the same model gives the same bytes. Throws <see cref="TemplateRenderException"/>
    /// (with the template and the reason in Chinese) when a template fails or exceeds its step limit.
    /// </summary>
    public abstract string Render(TemplateName template, PageModel model);

    /// <summary>The theme's static files (CSS, scripts, images) to copy into each release under assets/.</summary>
    public abstract IReadOnlyList<ThemeAsset> Assets { get; }
}

public sealed record ThemeAsset(string Path, byte[] Content);

public sealed class TemplateRenderException(string template, string reason) : Exception($"模板 {template} 渲染失败：{reason}")
{
    public string Template { get; } = template;

    public string Reason { get; } = reason;
}
