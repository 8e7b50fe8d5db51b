using GovSites.Modules.Publishing;
using GovSites.Modules.Search.Engine;

namespace GovSites.Modules.Search.Public;

/// <summary>
/// The public search: the page of a site (<c>/sites/{key}/search</c>, or <c>/search</c> on the site's own host),
/// rendered into the theme's <c>_search.html</c> of the live release, and the same search as JSON at
/// <c>/api/public/search</c>. Every input gets an answer a person understands; none gets a 500.
/// </summary>
public static class SearchEndpoints
{
    public const int PageSize = 10;
    public const string Marker = "<!--search:results-->";
    public const string ShellFile = "_search.html";
    private const string Html = "text/html; charset=utf-8";

    public static WebApplication MapSearch(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/sites/{key}/search", SitePageAsync).AllowAnonymous().RequireRateLimiting(SearchRateLimit.Policy).ExcludeFromDescription();
        app.MapGet("/search", HostPageAsync).AllowAnonymous().RequireRateLimiting(SearchRateLimit.Policy).ExcludeFromDescription();
        app.MapGet("/api/public/search", ApiAsync).AllowAnonymous().RequireRateLimiting(SearchRateLimit.Policy)
            .WithTags("Search").WithSummary("全文检索已发布的信息")
            .WithDescription("检索各站点当前发布的信息（中文分词）。不给 site 时检索全县所有站点。标题和摘要中的检索词以 <mark> 标出，其余内容已做 HTML 转义。同一地址每秒约 20 次以上返回 429。")
            .Produces<SearchResponse>().Produces<SearchError>(StatusCodes.Status400BadRequest)
            .Produces<SearchError>(StatusCodes.Status404NotFound).Produces<SearchError>(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> SitePageAsync(string key, [AsParameters] SearchParameters parameters, SearchSites sites, ISearchIndex index, ReleasePaths paths, PublishingOptions options) =>
        await sites.ByKeyAsync(key) is { } site
            ? await PageAsync(site, $"/sites/{site.Key}/search", parameters, sites, index, paths, options)
            : NotFound($"没有标识为“{key}”的站点，请检查网址。");

    private static async Task<IResult> HostPageAsync(HttpContext http, [AsParameters] SearchParameters parameters, SearchSites sites, ISearchIndex index, ReleasePaths paths, PublishingOptions options) =>
        await sites.ByHostAsync(http.Request.Host.Host) is { } site
            ? await PageAsync(site, "/search", parameters, sites, index, paths, options)
            : NotFound("本网址没有对应的站点。");

    private static async Task<IResult> PageAsync(SearchSites.SiteRef site, string action, SearchParameters parameters, SearchSites sites, ISearchIndex index, ReleasePaths paths, PublishingOptions options)
    {
        var input = SearchInput.Parse(parameters);
        var channelSite = site;
        if (input.County && input.Site is { } key)
        {
            if (await sites.ByKeyAsync(key) is not { } other)
            {
                return NotFound($"没有标识为“{key}”的站点，请重新选择站点。");
            }

            channelSite = other;
        }

        var (results, notices) = Run(index, input, input.County ? (input.Site is { } only ? [only] : []) : [site.Key]);
        var view = new ResultsView(action, input, site.Name, await sites.AllAsync(), await sites.ChannelsAsync(channelSite.Id), results, notices, hit => Link(hit, options, false));
        var html = ResultsHtml.Render(view);
        var shell = Shell(paths, site.Key);
        var at = shell?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        var page = shell is not null && at >= 0
            ? string.Concat(shell.AsSpan(0, at), html, shell.AsSpan(at + Marker.Length))
            : ResultsHtml.PlainPage($"{site.Name} 站内搜索", html);
        return Results.Content(page, Html);
    }

    private static async Task<IResult> ApiAsync([AsParameters] SearchParameters parameters, SearchSites sites, ISearchIndex index, PublishingOptions options)
    {
        var input = SearchInput.Parse(parameters);
        if (input.Site is { } key && await sites.ByKeyAsync(key) is null)
        {
            return Results.Json(new SearchError("unknown_site", $"没有标识为“{key}”的站点。"), statusCode: StatusCodes.Status404NotFound);
        }

        var (results, notices) = Run(index, input, input.Site is { } only ? [only] : []);
        if (results is null)
        {
            return Results.Json(new SearchError(input.Text.Length == 0 ? "empty_query" : "no_terms", notices[^1]), statusCode: StatusCodes.Status400BadRequest);
        }

        var hits = results.Hits.Select(h => new SearchResponseHit(h.SiteKey, h.SiteName, h.ChannelKey, h.ChannelName, h.Kind, h.Title, h.TitleHtml, h.SnippetHtml, Link(h, options, true), h.PublishedAt, h.ArticleId)).ToList();
        return Results.Ok(new SearchResponse(input.Text, results.Total, results.Page, results.PageCount, input.Sort == SearchSort.Date ? "date" : "relevance", results.Suggestion, notices, hits));
    }

    /// <summary>Runs the search; null results (with the reason as the last notice) when there is nothing to search for.</summary>
    private static (SearchResults? Results, List<string> Notices) Run(ISearchIndex index, SearchInput input, IReadOnlyList<string> sites)
    {
        var notices = new List<string>(input.Notices);
        if (input.Text.Length == 0)
        {
            notices.Add("请输入检索词。");
            return (null, notices);
        }

        var results = index.Search(input.ToQuery(sites, PageSize));
        if (results.NoTerms)
        {
            notices.Add("检索词中没有可检索的文字，请输入汉字、字母或数字。");
            return (null, notices);
        }

        if (results.Total > 0 && results.Page != input.Page)
        {
            notices.Add($"页码超出范围，已显示第{results.Page}页。");
        }

        return (results, notices);
    }

    /// <summary>Where a hit is read: under /sites/{key}/ in path mode, the page's own (absolute) address in host mode.</summary>
    private static string Link(SearchHit hit, PublishingOptions options, bool absolute)
    {
        if (options.SiteUrls == SiteUrlMode.Host && hit.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return hit.Url;
        }

        var path = $"/sites/{hit.SiteKey}/{hit.Path}";
        return absolute ? options.PublicOrigin + path : path;
    }

    private static string? Shell(ReleasePaths paths, string siteKey)
    {
        var file = Path.Combine(paths.CurrentLink(siteKey), ShellFile);
        try
        {
            return File.Exists(file) ? File.ReadAllText(file) : null;
        }
        catch (IOException)
        {
            return null; // swapped away while reading: the plain page this once
        }
    }

    private static IResult NotFound(string message) =>
        Results.Content(ResultsHtml.PlainPage("未找到", $"<p>{ResultsHtml.E(message)}</p>"), Html, statusCode: StatusCodes.Status404NotFound);
}
