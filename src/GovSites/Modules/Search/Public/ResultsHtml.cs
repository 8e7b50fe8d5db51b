using System.Text;
using GovSites.Modules.Search.Engine;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.WebUtilities;

namespace GovSites.Modules.Search.Public;

/// <summary>What the results part of the search page shows.</summary>
internal sealed record ResultsView(
    string Action,
    SearchInput Input,
    string SiteName,
    List<(string Key, string Name)> Sites,
    List<(string Key, string Name)> Channels,
    SearchResults? Results,
    List<string> Notices,
    Func<SearchHit, string> Link);

/// <summary>
/// The HTML that replaces <c>&lt;!--search:results--&gt;</c> in the theme's search page: the form with its
/// filters, notices, "did you mean", the hits and the pager. Every value is escaped here; the only markup
/// from the engine is its &lt;mark&gt; around already-escaped text.
/// </summary>
internal static class ResultsHtml
{
    public static string Render(ResultsView v)
    {
        var html = new StringBuilder(8192);
        html.Append("<section class=\"search-results\" aria-labelledby=\"search-heading\">\n<h2 id=\"search-heading\">搜索条件和结果</h2>\n");
        SearchForm.Append(html, v);
        foreach (var notice in v.Notices)
        {
            html.Append("<p class=\"search-notice\" role=\"status\">").Append(E(notice)).Append("</p>\n");
        }

        if (v.Results is { } r)
        {
            if (r.Suggestion is { } suggestion)
            {
                html.Append("<p class=\"search-suggestion\">您是不是要找：<a href=\"").Append(E(Href(v, suggestion, 1))).Append("\">")
                    .Append(E(suggestion)).Append("</a></p>\n");
            }

            Hits(html, v, r);
        }

        html.Append("</section>");
        return html.ToString();
    }

    /// <summary>A complete page when the site has no search shell (not published yet) or for errors.</summary>
    public static string PlainPage(string title, string bodyHtml) =>
        $"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{E(title)}</title>\n</head>\n<body>\n<main>\n<h1>{E(title)}</h1>\n{bodyHtml}\n</main>\n</body>\n</html>\n";

    public static string E(string? text) => Highlighting.Escape(text ?? "");

    private static void Hits(StringBuilder html, ResultsView v, SearchResults r)
    {
        if (r.Total == 0)
        {
            html.Append("<p class=\"search-summary\">没有找到与“").Append(E(v.Input.Text)).Append("”相关的信息。请换用其他检索词，或扩大检索范围。</p>\n");
            return;
        }

        html.Append("<p class=\"search-summary\">找到 ").Append(r.Total).Append(" 条与“").Append(E(v.Input.Text)).Append("”相关的信息，第 ")
            .Append(r.Page).Append(" / ").Append(r.PageCount).Append(" 页。</p>\n<ol class=\"search-hits\">\n");
        foreach (var hit in r.Hits)
        {
            html.Append("<li class=\"search-hit\">\n<h3><a href=\"").Append(E(v.Link(hit))).Append("\">").Append(hit.TitleHtml).Append("</a></h3>\n")
                .Append("<p class=\"search-snippet\">").Append(hit.SnippetHtml).Append("</p>\n<p class=\"search-meta\">")
                .Append(E(hit.SiteName)).Append(" · ").Append(E(hit.ChannelName));
            if (hit.PublishedAt is { } at)
            {
                html.Append(" · <time datetime=\"").Append(at.ToChina().ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
                    .Append(at.ToChinaMinute()).Append("</time>");
            }

            html.Append("</p>\n</li>\n");
        }

        html.Append("</ol>\n");
        Pager(html, v, r);
    }

    private static void Pager(StringBuilder html, ResultsView v, SearchResults r)
    {
        if (r.PageCount <= 1)
        {
            return;
        }

        html.Append("<nav class=\"search-pager\" aria-label=\"检索结果分页\">\n");
        if (r.Page > 1)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(E(Href(v, null, r.Page - 1))).Append("\">上一页</a>\n");
        }

        for (var p = Math.Max(1, r.Page - 4); p <= Math.Min(r.PageCount, r.Page + 4); p++)
        {
            html.Append(p == r.Page
                ? $"<span aria-current=\"page\">{p}</span>\n"
                : $"<a href=\"{E(Href(v, null, p))}\">{p}</a>\n");
        }

        if (r.Page < r.PageCount)
        {
            html.Append("<a rel=\"next\" href=\"").Append(E(Href(v, null, r.Page + 1))).Append("\">下一页</a>\n");
        }

        html.Append("</nav>\n");
    }

    private static string Href(ResultsView v, string? text, int page) =>
        QueryHelpers.AddQueryString(v.Action, v.Input.ToQueryString(text, page).Where(p => !string.IsNullOrEmpty(p.Value)));
}
