namespace GovSites.Modules.Sites.Rules;

/// <summary>
/// A channel's key is the folder of its pages in a release, beside the folders and files every release has
/// (theme assets, attachment files, the home page and its pages, feeds, the sitemap, the search page), so
/// those names cannot be channel keys.
/// </summary>
public static class ReservedKeys
{
    private static readonly string[] Names = ["assets", "files", "search", "rss.xml", "sitemap.xml", "404.html", "_search.html"];

    public static bool IsReserved(string key) =>
        Names.Contains(key, StringComparer.Ordinal) || key.StartsWith("index", StringComparison.Ordinal);

    public static string Message(string key) =>
        $"栏目标识“{key}”与网站发布使用的路径冲突（assets、files、search、index 开头等为保留字），请换一个。";
}
