using System.Text.RegularExpressions;

namespace GovSites.IntegrationTests.Publishing;

/// <summary>Internal links of a live release (href/src under the site's root) that point at no file of it.</summary>
public static partial class LinkCheck
{
    public static IReadOnlyList<string> Broken(string releasesRoot, string siteKey)
    {
        var current = Path.Combine(releasesRoot, siteKey, "current");
        var prefix = $"/sites/{siteKey}/";
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(current, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match m in Link().Matches(File.ReadAllText(file)))
            {
                var url = m.Groups[1].Value.Split('#', '?')[0];
                if (!url.StartsWith(prefix, StringComparison.Ordinal) || url == prefix + "search")
                {
                    continue;
                }

                var path = url[prefix.Length..];
                var target = Path.Combine(current, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
                if (!File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(current, file)} → {url}");
                }
            }
        }

        return broken;
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex Link();
}
