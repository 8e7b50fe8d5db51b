using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using GovSites.Modules.Search.Engine;

namespace GovSites.Modules.Search.Feeding;

/// <summary>
/// Reads a published page back into a <see cref="SearchDocument"/>: the identity meta tags of DOMAIN.md §1 and
/// the text of the <c>[data-search-body]</c> element. Only article pages (non-empty <c>ArticleTitle</c>) are
/// documents; lists, home pages and the rest give null.
/// </summary>
internal static partial class ReleasePageReader
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Whether a release path can be an article page at all (cheap check before reading the file).</summary>
    public static bool MayBeArticle(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal)
        && !path.StartsWith("assets/", StringComparison.Ordinal)
        && !path.StartsWith("files/", StringComparison.Ordinal)
        && !NotArticleName().IsMatch(path[(path.LastIndexOf('/') + 1)..]);

    public static SearchDocument? Read(string siteKey, string path, string html)
    {
        using var page = Parser.ParseDocument(html);
        // One pass over the meta tags instead of a selector walk of the whole page per name; the first of a name wins.
        var metas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in page.QuerySelectorAll("meta[name]"))
        {
            metas.TryAdd(meta.GetAttribute("name") ?? "", meta.GetAttribute("content")?.Trim() ?? "");
        }

        string Meta(string name) => metas.GetValueOrDefault(name, "");

        var title = Meta("ArticleTitle");
        if (title.Length == 0)
        {
            return null;
        }

        var body = Spaces().Replace(page.QuerySelector("[data-search-body]")?.TextContent ?? "", " ").Trim();
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var channelKey = slash > 0 ? path[..slash] : "";
        var fileName = path[(path.LastIndexOf('/') + 1)..^".html".Length];
        return new SearchDocument(
            siteKey,
            Meta("SiteName"),
            path,
            Meta("Url"),
            channelKey,
            Meta("ColumnName"),
            "article",
            title,
            body,
            ParseChinaTime(Meta("PubDate")),
            int.TryParse(fileName, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null);
    }

    /// <summary>PubDate is China time, <c>YYYY-MM-DD HH:MM</c> (or <c>HH:MM:SS</c>, or a bare date).</summary>
    public static DateTimeOffset? ParseChinaTime(string text)
    {
        string[] formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return new DateTimeOffset(local, Platform.Time.ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    [GeneratedRegex(@"^(index(_\d+)?|404|_.*)\.html$")]
    private static partial Regex NotArticleName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
