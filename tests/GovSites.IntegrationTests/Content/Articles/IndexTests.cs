using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class IndexTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td[data-label='标题']").Select(td => td.TextContent.Trim()).ToList();

    private static List<string> Column(AngleSharp.Html.Dom.IHtmlDocument page, string label) =>
        page.QuerySelectorAll($"tbody tr td[data-label='{label}']").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task List_UnitOfficer_SeesOnlyTheOwnSitesArticles()
    {
        await CreateArticleAsync("lbz", title: "泷泊镇的稿件");
        await CreateArticleAsync("jyj", title: "教育局的稿件");
        var siteId = await SiteIdAsync("lbz");
        var own = await WithDbAsync(db => db.Articles.CountAsync(a => a.SiteId == siteId));
        using var client = await SignInAsync("lbz.officer");

        var (response, page) = await client.GetPageAsync("/admin/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("泷泊镇的稿件", Titles(page)[0]);
        Assert.Contains($"共 {own} 条", Text(page), StringComparison.Ordinal);
        Assert.Equal(["泷泊镇人民政府"], page.QuerySelectorAll("select[name=Site] option").Skip(1).Select(o => o.TextContent).ToArray());
        Assert.DoesNotContain("教育局的稿件", Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ChannelLimitedGrant_SeesOnlyThatChannel()
    {
        await CreateArticleAsync("lbz", "dtyw", title: "动态要闻的稿件");
        await CreateArticleAsync("lbz", "tzgg", title: "通知公告的稿件");
        await LimitGrantToChannelAsync("lbz.officer", "lbz", "tzgg");
        var channelId = await ChannelIdAsync("lbz", "tzgg");
        var inChannel = await WithDbAsync(db => db.Articles.CountAsync(a => a.ChannelId == channelId));
        using var client = await SignInAsync("lbz.officer");

        var (_, page) = await client.GetPageAsync("/admin/articles");

        Assert.Contains("通知公告的稿件", Titles(page));
        Assert.DoesNotContain("动态要闻的稿件", Titles(page));
        Assert.All(Column(page, "栏目"), c => Assert.Equal("通知公告", c));
        Assert.Contains($"共 {inChannel} 条", Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_KeywordsInTheBody_FindOnlyWhatTheUserMaySee()
    {
        await CreateArticleAsync("lbz", title: "泷泊镇的草稿", body: "<p>萤火虫保护名录公示</p>");
        await CreateArticleAsync("jyj", title: "教育局的草稿", body: "<p>2026年萤火虫保护名录</p>");
        using var lbz = await SignInAsync("lbz.officer");
        using var jyj = await SignInAsync("jyj.officer");
        using var admin = await SignInAsync("admin");

        var (_, own) = await lbz.GetPageAsync("/admin/articles?Keyword=" + Uri.EscapeDataString("保护名录  萤火虫"));
        var (_, other) = await jyj.GetPageAsync("/admin/articles?Keyword=" + Uri.EscapeDataString("保护名录 萤火虫"));
        var (_, all) = await admin.GetPageAsync("/admin/articles?Keyword=" + Uri.EscapeDataString("萤火虫保护"));
        var (_, none) = await lbz.GetPageAsync("/admin/articles?Keyword=" + Uri.EscapeDataString("萤火虫 2026年"));

        Assert.Equal(["泷泊镇的草稿"], Titles(own));
        Assert.Equal(["教育局的草稿"], Titles(other));
        Assert.Equal(["教育局的草稿", "泷泊镇的草稿"], Titles(all));
        Assert.Empty(Titles(none));
    }

    [Fact]
    public async Task List_Filters_NarrowBySiteChannelStateKeywordAndDate()
    {
        var draft = await CreateArticleAsync("lbz", "tzgg", title: "关于春耕备耕的通知");
        await CreateArticleAsync("lbz", "tzgg", title: "关于防汛值班的通知", published: true);
        await CreateArticleAsync("lbz", "dtyw", title: "春耕生产现场会召开");
        var siteId = await SiteIdAsync("lbz");
        var channelId = await ChannelIdAsync("lbz", "tzgg");
        var today = Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var client = await SignInAsync("admin");

        var (_, byChannel) = await client.GetPageAsync($"/admin/articles?Site={siteId}&Channel={channelId}");
        var (_, byState) = await client.GetPageAsync($"/admin/articles?Site={siteId}&State=Draft");
        var (_, byKeyword) = await client.GetPageAsync($"/admin/articles?Keyword=春耕");
        var (_, all) = await client.GetPageAsync($"/admin/articles?Site={siteId}&Channel={channelId}&State=Draft&Keyword=春耕&From={today}&To={today}");
        var (_, tomorrow) = await client.GetPageAsync($"/admin/articles?Site={siteId}&From=2099-01-01");

        Assert.Equal(["关于防汛值班的通知", "关于春耕备耕的通知"], Titles(byChannel).Take(2));
        Assert.All(Column(byChannel, "栏目"), c => Assert.Equal("通知公告", c));
        Assert.DoesNotContain("春耕生产现场会召开", Titles(byChannel));
        Assert.Equal(["春耕生产现场会召开", "关于春耕备耕的通知"], Titles(byState));
        Assert.Equal(["春耕生产现场会召开", "关于春耕备耕的通知"], Titles(byKeyword).Take(2)); // then demo articles that mention it in the body
        Assert.Equal(["关于春耕备耕的通知"], Titles(all));
        Assert.Empty(Titles(tomorrow));
        Assert.Contains("没有符合条件的信息。", Text(tomorrow), StringComparison.Ordinal);
        Assert.NotNull(all.QuerySelector($"a[href='/admin/articles/{draft}']"));
    }

    [Fact]
    public async Task List_ManyArticles_Pages20ByLastUpdateAndKeepsTheFilters()
    {
        for (var i = 1; i <= 25; i++)
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await CreateArticleAsync("lbz", title: $"第{i}条");
        }

        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var (_, first) = await client.GetPageAsync($"/admin/articles?Site={siteId}&State=Draft");
        var next = first.QuerySelector("nav[aria-label=分页] a")!.GetAttribute("href")!;
        var (_, second) = await client.GetPageAsync(next);

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("第25条", Titles(first)[0]);
        Assert.Equal($"/admin/articles?Site={siteId}&State=Draft&p=2", next);
        Assert.Equal(["第5条", "第4条", "第3条", "第2条", "第1条"], Titles(second));
        Assert.Contains("共 25 条，第 2 / 2 页。", Text(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Row_ShowsChannelChineseStateRevisionAuthorAndChinaTimes()
    {
        var id = await CreateArticleAsync("lbz", "tzgg", title: "已发布的通知", published: true);
        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Author = "王芳";
            article.UpdatedAt = new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero);
            await db.SaveChangesAsync();
        });
        var published = (await ArticleAsync(id)).PublishedAt!.Value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var client = await SignInAsync("lbz.officer");

        var (_, page) = await client.GetPageAsync("/admin/articles?Keyword=已发布的通知");

        var cells = page.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").ToDictionary(td => td.GetAttribute("data-label")!, td => td.TextContent.Trim());
        Assert.Equal("通知公告", cells["栏目"]);
        Assert.Equal("已通过", cells["状态"]);
        Assert.Equal("1", cells["修订"]);
        Assert.Equal("王芳", cells["作者"]);
        Assert.Equal("2026-03-01 09:30", cells["更新时间"]);
        Assert.Equal(published, cells["发布时间"]);
    }

    [Fact]
    public async Task List_Writer_GetsTheNewArticleButtonAndAReaderDoesNot()
    {
        using var officer = await SignInAsync("lbz.officer");
        using var auditor = await SignInAsync("auditor");

        var (_, officerPage) = await officer.GetPageAsync("/admin/articles");
        var (_, auditorPage) = await auditor.GetPageAsync("/admin/articles");

        Assert.NotNull(officerPage.QuerySelector("a[href^='/admin/articles/new']"));
        Assert.Null(auditorPage.QuerySelector("a[href^='/admin/articles/new']"));
        Assert.NotEmpty(Titles(auditorPage));
        Assert.Equal(ArticleState.Approved.ToChinese(), auditorPage.QuerySelector("tbody td[data-label='状态']")!.TextContent.Trim());
    }
}
