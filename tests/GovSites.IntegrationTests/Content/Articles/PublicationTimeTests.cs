using System.Net;
using System.Text.Json.Nodes;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class PublicationTimeTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private Task<int> EventCountAsync(int id) =>
        WithDbAsync(db => db.Set<ArticleEvent>().CountAsync(e => e.ArticleId == id && e.Kind == ArticleEventKind.Rescheduled));

    private async Task<HttpResponseMessage> ChangeAsync(StaffClient client, int id, string at, string reason)
    {
        var version = (await ArticleAsync(id)).Version;
        return await client.PostFormAsync("/admin/password", new() { ["PublishedAt"] = at, ["Reason"] = reason, ["Version"] = Number(version) }, $"/admin/articles/{id}/publication-time");
    }

    [Fact]
    public async Task Change_WithAReason_ChangesTheTimeWritesTheEventAndAuditsBeforeAndAfter()
    {
        var id = await CreateArticleAsync("lbz", published: true);
        var before = (await ArticleAsync(id)).PublishedAt!.Value;
        using var client = await SignInAsync("lbz.officer");

        var response = await ChangeAsync(client, id, "2026-02-01T08:00", "录入时误填日期，按会议实际日期更正");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var article = await ArticleAsync(id);
        Assert.Equal((expected, "录入时误填日期，按会议实际日期更正"), (article.PublishedAt!.Value, article.PublishedAtChangeReason));
        Assert.Equal(1, await EventCountAsync(id));
        var entry = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == "Article.Updated" && e.ObjectId == Number(id) && e.After!.Contains("PublishedAtChangeReason"))
            .SingleAsync());
        Assert.Equal("lbz.officer", entry.UserName);
        Assert.Equal(article.SiteId, entry.SiteId);
        Assert.Equal(before, JsonNode.Parse(entry.Before!)!["PublishedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(expected, JsonNode.Parse(entry.After!)!["PublishedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Change_WithoutAReason_IsRefused()
    {
        var id = await CreateArticleAsync("lbz", published: true);
        var before = await ArticleAsync(id);
        using var client = await SignInAsync("lbz.officer");

        var response = await ChangeAsync(client, id, "2026-02-01T08:00", "");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("修改发布时间须填写原因。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-02-01T08:00", page.QuerySelector("input[name=PublishedAt]")!.GetAttribute("value"));
        Assert.Equal(before.PublishedAt, (await ArticleAsync(id)).PublishedAt);
        Assert.Equal(0, await EventCountAsync(id));
    }

    [Fact]
    public async Task Change_ArticleNotPublished_IsRefused()
    {
        var id = await CreateArticleAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await ChangeAsync(client, id, "2026-02-01T08:00", "更正");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("只有已发布的稿件可以修改发布时间。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await ArticleAsync(id)).PublishedAt);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("lbz.secrecy", HttpStatusCode.Forbidden)]
    [InlineData("jyj.officer", HttpStatusCode.NotFound)]
    public async Task Change_ByAnyoneButAWriterOfTheSite_IsRefused(string user, HttpStatusCode expected)
    {
        var id = await CreateArticleAsync("lbz", published: true);
        var before = await ArticleAsync(id);
        using var client = await SignInAsync(user);

        var response = await ChangeAsync(client, id, "2026-02-01T08:00", "越权修改");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before.PublishedAt, (await ArticleAsync(id)).PublishedAt);
        Assert.Equal(0, await EventCountAsync(id));
    }
}
