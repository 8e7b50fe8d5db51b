using System.Text;

namespace GovSites.Modules.Templates;

/// <summary>
/// assets/theme.css: the site's colours as CSS custom properties. A file, not a style attribute, because the
/// public pages allow styles from 'self' only.
/// </summary>
public static class ThemeStylesheet
{
    public const string Path = "theme.css";

    public static ThemeAsset Create(string mainColor)
    {
        var css = $$"""
            :root {
              --main: {{mainColor}};
              --main-dark: {{ThemeColor.Shade(mainColor, 0.25)}};
              --main-tint: {{ThemeColor.Tint(mainColor, 0.92)}};
              --on-main: #ffffff;
            }

            """;
        return new ThemeAsset(Path, Encoding.UTF8.GetBytes(css));
    }
}
