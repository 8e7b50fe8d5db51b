using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class CompareTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private const string OldBody = "<p>将被删除的一段。</p><p>第一段不变。</p><p>第二段写于三月一日。</p><p>第三段不变。</p>";
    private const string NewBody = "<p>第一段不变。</p><p>第二段写于三月二日。</p><p>第三段不变。</p><p>新增的一段。</p>";

    /// <summary>An article whose revision 2 changes the title and the body of revision 1.</summary>
    private async Task<int> ArticleWithTwoRevisionsAsync()
    {
        var id = await CreateArticleAsync("lbz", title: "旧标题", body: OldBody);
        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Title = "新标题";
            article.Body = NewBody;
            article.RevisionNumber = 2;
            db.Set<ArticleRevision>().Add(ArticleRevision.Of(article, 2, isAutosave: true, savedById: null, savedAt: Factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task Compare_TwoRevisions_ShowsBothSidesAndMarksDeletionsAndInsertionsInText()
    {
        var id = await ArticleWithTwoRevisionsAsync();
        using var client = await SignInAsync("lbz.officer");

        var (response, page) = await client.GetPageAsync($"/admin/articles/{id}/compare?a=1&b=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var title = page.QuerySelectorAll("table.diff tbody tr").First(r => r.QuerySelector("th")?.TextContent == "标题");
        Assert.Equal("旧标题", title.QuerySelector("del")?.TextContent);
        Assert.Equal("新标题", title.QuerySelector("ins")?.TextContent);
        Assert.Contains("有改动", title.TextContent, StringComparison.Ordinal);

        var rows = page.QuerySelectorAll("table.body-diff tbody tr").Select(r => r.QuerySelectorAll("td").ToList()).ToList();
        Assert.Equal(5, rows.Count);
        Assert.StartsWith("删除", rows[0][0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("删除的内容：将被删除的一段。", rows[0][0].QuerySelector("del")?.TextContent);
        Assert.Contains("无对应段落", rows[0][1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["第一段不变。", "第一段不变。"], rows[1].Select(td => td.TextContent.Trim()).ToArray());
        Assert.StartsWith("修改", rows[2][0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("删除：一", rows[2][0].QuerySelector("del")?.TextContent);
        Assert.Equal("新增：二", rows[2][1].QuerySelector("ins")?.TextContent);
        Assert.StartsWith("新增", rows[4][1].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("新增的内容：新增的一段。", rows[4][1].QuerySelector("ins")?.TextContent);
        Assert.Contains("正文有 3 处段落变化。", Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_AnyTwoRevisionsInEitherOrder_IsShown()
    {
        var id = await ArticleWithTwoRevisionsAsync();
        using var client = await SignInAsync("auditor");

        var (response, page) = await client.GetPageAsync($"/admin/articles/{id}/compare?a=2&b=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("比较修订版本 2 与 1", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_UnknownRevision_IsNotFound()
    {
        var id = await ArticleWithTwoRevisionsAsync();
        using var client = await SignInAsync("lbz.officer");

        var (response, _) = await client.GetPageAsync($"/admin/articles/{id}/compare?a=1&b=9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Revisions_ListsEverySaveWithItsKindAndOffersTheLastTwoForComparison()
    {
        var id = await ArticleWithTwoRevisionsAsync();
        using var client = await SignInAsync("lbz.officer");

        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}/revisions");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("自动保存", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("当前稿件", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("input[name=a][checked]")?.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input[name=b][checked]")?.GetAttribute("value"));
        Assert.Equal($"/admin/articles/{id}/compare", page.QuerySelector("main form")?.GetAttribute("action"));
    }
}
