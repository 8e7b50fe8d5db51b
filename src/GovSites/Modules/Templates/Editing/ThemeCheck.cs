using System.Text.RegularExpressions;

namespace GovSites.Modules.Templates.Editing;

/// <summary>
/// Whether a set of templates may go live: every template parses, and every page type renders the site's
/// sample pages inside the layout without an unknown name, filter or exceeded limit.
/// </summary>
public static partial class ThemeCheck
{
    /// <summary>Null when the theme is usable; else "模板 x.liquid 第 n 行：reason" in Chinese.</summary>
    public static string? Problem(IReadOnlyDictionary<TemplateName, string> sources, string mainColor, SiteModel site)
    {
        try
        {
            var theme = new FluidSiteTheme(sources, mainColor);
            foreach (var page in Enum.GetValues<TemplateName>().Where(n => n != TemplateName.Layout))
            {
                theme.Render(page, SamplePages.For(page, site));
            }

            return null;
        }
        catch (TemplateRenderException e)
        {
            var name = Enum.GetValues<TemplateName>().First(n => DefaultTheme.FileName(n) == e.Template);
            return $"模板 {e.Template} {WithLine(sources[name], e.Reason)}";
        }
    }

    /// <summary>Fluid names the missing member but not its line; the first line that uses the name is it.</summary>
    private static string WithLine(string source, string reason)
    {
        if (reason.StartsWith('第'))
        {
            return reason;
        }

        var quoted = QuotedName().Match(reason);
        if (quoted.Success)
        {
            var lines = source.Split('\n');
            var pattern = new Regex($@"(?<![\w]){Regex.Escape(quoted.Groups[1].Value)}(?![\w])");
            for (var i = 0; i < lines.Length; i++)
            {
                if (pattern.IsMatch(lines[i]))
                {
                    return $"第 {i + 1} 行：{reason}";
                }
            }
        }

        return reason;
    }

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex QuotedName();
}
