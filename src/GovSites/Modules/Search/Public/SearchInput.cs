using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using GovSites.Modules.Search.Engine;
using Microsoft.AspNetCore.Mvc;

namespace GovSites.Modules.Search.Public;

/// <summary>The query string of a search, every value as text: nothing the user types can fail binding.</summary>
public sealed class SearchParameters
{
    [FromQuery(Name = "q"), Description("检索词（普通文字，不支持检索语法；超过100个字只取前100个字）")]
    public string? Q { get; init; }

    [FromQuery(Name = "scope"), Description("site：本站（默认）；county：全县所有站点")]
    public string? Scope { get; init; }

    [FromQuery(Name = "site"), Description("只检索该站点（站点标识，如 lbz）")]
    public string? Site { get; init; }

    [FromQuery(Name = "channel"), Description("只检索该栏目（栏目标识，与 site 同用）")]
    public string? Channel { get; init; }

    [FromQuery(Name = "kind"), Description("信息类别：article（文章）")]
    public string? Kind { get; init; }

    [FromQuery(Name = "from"), Description("发布日期起（含），YYYY-MM-DD")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("发布日期止（含），YYYY-MM-DD")]
    public string? To { get; init; }

    [FromQuery(Name = "sort"), Description("relevance：按相关度（默认）；date：按发布时间")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("页码，从1开始；超出范围时给最后一页")]
    public string? Page { get; init; }
}

/// <summary>
/// <see cref="SearchParameters"/> made sensible: an overlong query is cut to 100 characters, unreadable dates,
/// kinds and page numbers are dropped, each with a notice in Chinese. Never an error.
/// </summary>
public sealed partial record SearchInput(string Text, bool County, string? Site, string? Channel, string? Kind, DateOnly? From, DateOnly? To, SearchSort Sort, int Page, List<string> Notices)
{
    public const int MaxLength = 100;

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string> { ["article"] = "文章" };

    public static SearchInput Parse(SearchParameters p)
    {
        var notices = new List<string>();
        var text = Spaces().Replace(new string([.. (p.Q ?? "").Select(c => char.IsControl(c) ? ' ' : c)]), " ").Trim();
        var info = new StringInfo(text);
        if (info.LengthInTextElements > MaxLength)
        {
            text = info.SubstringByTextElements(0, MaxLength).Trim();
            notices.Add($"检索词过长，已截取前{MaxLength}个字。");
        }

        var from = Date(p.From, "开始", notices);
        var to = Date(p.To, "结束", notices);
        if (from > to)
        {
            (from, to) = (to, from);
            notices.Add("开始日期晚于结束日期，已对调。");
        }

        var kind = string.IsNullOrWhiteSpace(p.Kind) ? null : p.Kind.Trim();
        if (kind is not null && !Kinds.ContainsKey(kind))
        {
            kind = null;
            notices.Add("未知的信息类别，已按全部类别检索。");
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(p.Page) && (!int.TryParse(p.Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            page = 1;
            notices.Add("页码无效，已显示第1页。");
        }

        return new SearchInput(
            text,
            string.Equals(p.Scope, "county", StringComparison.OrdinalIgnoreCase),
            Key(p.Site),
            Key(p.Channel),
            kind,
            from,
            to,
            string.Equals(p.Sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
            page,
            notices);
    }

    /// <summary>The start of a China day in UTC.</summary>
    public static DateTimeOffset ChinaDayStart(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Platform.Time.ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The engine query over <paramref name="sites"/> (empty: all sites).</summary>
    public SearchQuery ToQuery(IReadOnlyList<string> sites, int pageSize) =>
        new(Text, sites, sites.Count == 1 ? Channel : null, Kind, From is { } f ? ChinaDayStart(f) : null, To is { } t ? ChinaDayStart(t.AddDays(1)) : null, Sort, Page, pageSize);

    private static DateOnly? Date(string? text, string which, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        notices.Add($"{which}日期无法识别（应为“年-月-日”，如 2026-03-01），已忽略。");
        return null;
    }

    private static string? Key(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Length <= 50 ? text.Trim() : text.Trim()[..50];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Parameters that reproduce this search (for links: suggestion, pages).</summary>
    public Dictionary<string, string?> ToQueryString(string? text = null, int? page = null) => new()
    {
        ["q"] = text ?? Text,
        ["scope"] = County ? "county" : null,
        ["site"] = Site,
        ["channel"] = Channel,
        ["kind"] = Kind,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["sort"] = Sort == SearchSort.Date ? "date" : null,
        ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
    };

}
