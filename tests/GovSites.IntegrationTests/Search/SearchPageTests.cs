using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Search;

/// <summary>The public search page of a site, in the theme's shell, and every bad input it must survive.</summary>
public sealed class SearchPageTests(GovSitesFactory factory) : SearchTest(factory)
{
    private async Task PublishTwoSitesAsync()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "泷泊镇2026年政府信息公开工作年度报告", "便民服务中心全年办件三千余件。"), new("xzdt/2.html", "泷泊镇森林防火演练", "防火。", "2026-05-01 10:00", "乡镇动态")]);
        await PublishAsync("jyj", 1, [new("tzgg/3.html", "教育局政府信息公开指南", "学校信息。")]);
    }

    [Fact]
    public async Task SitePage_Query_ShowsMarkedHitsOfThisSiteInTheShell()
    {
        await PublishTwoSitesAsync();

        var (response, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=信息公开");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("header.theme-header"));
        var hit = Assert.Single(page.QuerySelectorAll(".search-hit"));
        Assert.Equal("/sites/lbz/tzgg/1.html", hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["信息", "公开"], hit.QuerySelectorAll("h3 mark").Select(m => m.TextContent));
        Assert.Contains("找到 1 条", page.QuerySelector(".search-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitePage_CountyScope_FindsEverySiteAndFiltersBySite()
    {
        await PublishTwoSitesAsync();
        var client = Anonymous();

        var (_, county) = await client.GetPageAsync("/sites/lbz/search?q=信息公开&scope=county");
        var (_, jyj) = await client.GetPageAsync("/sites/lbz/search?q=信息公开&scope=county&site=jyj");

        Assert.Equal(2, county.QuerySelectorAll(".search-hit").Length);
        Assert.Equal("/sites/jyj/tzgg/3.html", Assert.Single(jyj.QuerySelectorAll(".search-hit a")).GetAttribute("href"));
    }

    [Fact]
    public async Task SitePage_ChannelAndDateFilters_AndDateSort()
    {
        await PublishTwoSitesAsync();
        var client = Anonymous();

        var (_, channel) = await client.GetPageAsync("/sites/lbz/search?q=泷泊镇&channel=xzdt");
        var (_, dated) = await client.GetPageAsync("/sites/lbz/search?q=泷泊镇&from=2026-04-01&to=2026-05-31");
        var (_, sorted) = await client.GetPageAsync("/sites/lbz/search?q=泷泊镇&sort=date");

        Assert.Equal("/sites/lbz/xzdt/2.html", Assert.Single(channel.QuerySelectorAll(".search-hit a")).GetAttribute("href"));
        Assert.Equal("/sites/lbz/xzdt/2.html", Assert.Single(dated.QuerySelectorAll(".search-hit a")).GetAttribute("href"));
        Assert.Equal(["/sites/lbz/xzdt/2.html", "/sites/lbz/tzgg/1.html"], sorted.QuerySelectorAll(".search-hit h3 a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("三千余")]
    [InlineData("服务中心")]
    [InlineData("政府信息公开")]
    public async Task SitePage_GovernmentPhrase_IsFound(string text)
    {
        await PublishTwoSitesAsync();

        var (_, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal("/sites/lbz/tzgg/1.html", page.QuerySelector(".search-hit a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "请输入检索词。")]
    [InlineData("%20%20", "请输入检索词。")]
    [InlineData("！！？。。", "检索词中没有可检索的文字")]
    [InlineData("%2B-%26%26||!(){}[]^\"~*?:\\/", "检索词中没有可检索的文字")]
    [InlineData("信息公开&page=abc", "页码无效，已显示第1页。")]
    [InlineData("信息公开&page=999", "页码超出范围，已显示第1页。")]
    [InlineData("信息公开&from=昨天", "开始日期无法识别")]
    [InlineData("信息公开&kind=<script>", "未知的信息类别")]
    public async Task SitePage_BadInput_AnswersWithANotice(string query, string notice)
    {
        await PublishTwoSitesAsync();

        var (response, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".search-notice"), n => n.TextContent.Contains(notice, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task SitePage_SyntaxCharactersAroundWords_AreText()
    {
        await PublishTwoSitesAsync();

        var (response, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=" + Uri.EscapeDataString("\"信息公开\" && (防火 || !报告) ~ * ? : \\ / [ ] { } ^ +"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".search-summary"));
    }

    [Fact]
    public async Task SitePage_OverlongQuery_IsCutWithANotice()
    {
        await PublishTwoSitesAsync();

        var (_, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=" + Uri.EscapeDataString("信息公开" + new string('长', 200)));

        Assert.Contains("检索词过长，已截取前100个字", page.QuerySelector(".search-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(100, page.QuerySelector("#search-q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task SitePage_HostileQuery_IsEscapedEverywhere()
    {
        await PublishTwoSitesAsync();

        var (_, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=" + Uri.EscapeDataString("信息公开\"><script>alert(1)</script>"));

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("<script>", page.QuerySelector("#search-q")!.GetAttribute("value"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitePage_UnknownSite_Is404InChinese()
    {
        var (response, page) = await Anonymous().GetPageAsync("/sites/nosuch/search?q=信息");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有标识为“nosuch”的站点", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitePage_NoShellYet_IsAPlainChinesePage()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "防火通知", "正文")], shell: null);

        var (response, page) = await Anonymous().GetPageAsync("/sites/lbz/search?q=防火");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("泷泊镇人民政府 站内搜索", page.Title);
        Assert.Single(page.QuerySelectorAll(".search-hit"));
    }

    [Fact]
    public async Task HostPage_SiteDomain_SearchesThatSite()
    {
        await PublishTwoSitesAsync();
        var host = await WithDbAsync(db => db.Sites.Where(s => s.Key == "jyj").SelectMany(s => s.Domains).Select(d => d.Host).FirstAsync());
        var client = Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=信息公开");
        request.Headers.Host = host;

        var response = await client.Http.SendAsync(request);
        var page = await StaffClient.ReadDocumentAsync(response);

        Assert.Equal("/sites/jyj/tzgg/3.html", Assert.Single(page.QuerySelectorAll(".search-hit a")).GetAttribute("href"));
    }
}
