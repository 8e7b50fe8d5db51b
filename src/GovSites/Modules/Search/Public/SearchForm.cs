using System.Globalization;
using System.Text;
using GovSites.Modules.Search.Engine;

namespace GovSites.Modules.Search.Public;

/// <summary>The search form of the results page, filled with the current search.</summary>
internal static class SearchForm
{
    public static void Append(StringBuilder html, ResultsView v)
    {
        var input = v.Input;
        html.Append("<form class=\"search-form\" method=\"get\" action=\"").Append(E(v.Action)).Append("\" role=\"search\">\n")
            .Append("<p><label for=\"search-q\">检索词</label>\n<input id=\"search-q\" type=\"search\" name=\"q\" maxlength=\"")
            .Append(SearchInput.MaxLength).Append("\" value=\"").Append(E(input.Text)).Append("\">\n<button type=\"submit\">检索</button></p>\n")
            .Append("<fieldset class=\"search-scope\"><legend>范围</legend>\n")
            .Append("<label><input type=\"radio\" name=\"scope\" value=\"site\"").Append(input.County ? "" : " checked").Append("> 本站（").Append(E(v.SiteName)).Append("）</label>\n")
            .Append("<label><input type=\"radio\" name=\"scope\" value=\"county\"").Append(input.County ? " checked" : "").Append("> 全县所有站点</label>\n</fieldset>\n");
        Select(html, "search-site", "site", "站点（全县检索时）", "全部站点", v.Sites, input.Site);
        Select(html, "search-channel", "channel", "栏目", "全部栏目", v.Channels, input.Channel);
        Select(html, "search-kind", "kind", "类别", "全部类别", [.. SearchInput.Kinds.Select(k => (k.Key, k.Value))], input.Kind);
        html.Append("<p><label for=\"search-from\">发布日期从</label>\n<input id=\"search-from\" type=\"date\" name=\"from\" value=\"").Append(Day(input.From)).Append("\">\n")
            .Append("<label for=\"search-to\">到</label>\n<input id=\"search-to\" type=\"date\" name=\"to\" value=\"").Append(Day(input.To)).Append("\"></p>\n");
        Select(html, "search-sort", "sort", "排序", null, [("relevance", "按相关度"), ("date", "按发布时间")], input.Sort == SearchSort.Date ? "date" : "relevance");
        html.Append("</form>\n");
    }

    private static void Select(StringBuilder html, string id, string name, string label, string? all, List<(string Key, string Name)> options, string? selected)
    {
        html.Append("<p><label for=\"").Append(id).Append("\">").Append(label).Append("</label>\n<select id=\"").Append(id).Append("\" name=\"").Append(name).Append("\">\n");
        if (all is not null)
        {
            html.Append("<option value=\"\">").Append(all).Append("</option>\n");
        }

        foreach (var (key, text) in options)
        {
            html.Append("<option value=\"").Append(E(key)).Append('"').Append(key == selected ? " selected" : "").Append('>').Append(E(text)).Append("</option>\n");
        }

        html.Append("</select></p>\n");
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string E(string text) => ResultsHtml.E(text);
}
