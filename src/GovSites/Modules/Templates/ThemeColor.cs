using System.Globalization;
using System.Text.RegularExpressions;

namespace GovSites.Modules.Templates;

/// <summary>
/// The site's main colour. The theme prints white text on it and uses it for links on white, so it must
/// reach 4.5:1 against white (WCAG 2.1 AA 1.4.3, GB/T 37668 level 2); darker is fine, lighter is refused.
/// </summary>
public static partial class ThemeColor
{
    public const double MinimumContrast = 4.5;

    /// <summary>Null when usable, else the reason in Chinese.</summary>
    public static string? Check(string? color)
    {
        if (color is null || !HexPattern().IsMatch(color))
        {
            return "主色须为 # 加 6 位十六进制数，例如 #1f5fa8。";
        }

        var contrast = ContrastWithWhite(color);
        return contrast >= MinimumContrast
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"主色 {color} 与白色的对比度为 {contrast:0.00}:1，低于无障碍要求的 4.5:1，白色文字在其上看不清。请选择更深的颜色。");
    }

    public static string Normalize(string color) => color.Trim().ToLowerInvariant();

    public static double ContrastWithWhite(string color) => 1.05 / (RelativeLuminance(color) + 0.05);

    /// <summary>The colour mixed with white (amount 0..1 of white), for light backgrounds under dark text.</summary>
    public static string Tint(string color, double amount)
    {
        var (r, g, b) = Channels(color);
        int Mix(int c) => (int)Math.Round(c + ((255 - c) * amount));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r):x2}{Mix(g):x2}{Mix(b):x2}");
    }

    /// <summary>The colour mixed with black, for hover states.</summary>
    public static string Shade(string color, double amount)
    {
        var (r, g, b) = Channels(color);
        int Mix(int c) => (int)Math.Round(c * (1 - amount));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r):x2}{Mix(g):x2}{Mix(b):x2}");
    }

    private static double RelativeLuminance(string color)
    {
        var (r, g, b) = Channels(color);
        static double Linear(int c)
        {
            var s = c / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static (int R, int G, int B) Channels(string color)
    {
        var hex = color.AsSpan(1);
        return (int.Parse(hex[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex[2..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex[4..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexPattern();
}
