using System.Net;
using System.Text.Json.Nodes;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class WithdrawTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private Task<List<ArticleEvent>> EventsAsync(int id, ArticleEventKind kind) =>
        WithDbAsync(db => db.Set<ArticleEvent>().AsNoTracking().Where(e => e.ArticleId == id && e.Kind == kind).ToListAsync());

    private async Task<HttpResponseMessage> WithdrawAsync(StaffClient client, int id, string reason)
    {
        var version = (await ArticleAsync(id)).Version;
        return await client.PostFormAsync("/admin/password", new() { ["Reason"] = reason, ["Version"] = Number(version) }, $"/admin/articles/{id}/withdraw");
    }

    [Fact]
    public async Task Withdraw_PublishedWithAReason_TakesItOffAndWritesTheEventInTheSameSave()
    {
        var id = await CreateArticleAsync("lbz", published: true);
        using var client = await SignInAsync("lbz.officer");

        var (form, _) = await client.GetPageAsync($"/admin/articles/{id}/withdraw");
        var response = await WithdrawAsync(client, id, "  文中联系电话有误  ");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await ArticleAsync(id);
        Assert.Equal((ArticleState.Withdrawn, (int?)null, "文中联系电话有误"), (article.State, article.LiveRevisionId, article.WithdrawReason));
        var e = Assert.Single(await EventsAsync(id, ArticleEventKind.Withdrawn));
        Assert.Equal((article.SiteId, article.WithdrawnAt!.Value), (e.SiteId, e.DueAt));
        var entry = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Article.Updated" && a.ObjectId == Number(id)).OrderByDescending(a => a.Sequence).FirstAsync());
        Assert.Equal("lbz.officer", entry.UserName);
        Assert.Equal("文中联系电话有误", JsonNode.Parse(entry.After!)!["WithdrawReason"]!.GetValue<string>());
        // Entries of one save share their time: the event was written with the withdrawal, not after it.
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ArticleEvent.Created" && a.At == entry.At && Math.Abs(a.Sequence - entry.Sequence) == 1)));
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_IsRefused()
    {
        var id = await CreateArticleAsync("lbz", published: true);
        using var client = await SignInAsync("lbz.officer");

        var response = await WithdrawAsync(client, id, "   ");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("撤稿须填写原因。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ArticleState.Approved, (await ArticleAsync(id)).State);
        Assert.Empty(await EventsAsync(id, ArticleEventKind.Withdrawn));
    }

    [Fact]
    public async Task Withdraw_ArticleNeverPublished_IsRefused()
    {
        var id = await CreateArticleAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await WithdrawAsync(client, id, "不再需要");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("该稿件尚未发布，无需撤稿。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ArticleState.Draft, (await ArticleAsync(id)).State);
        Assert.Empty(await EventsAsync(id, ArticleEventKind.Withdrawn));
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.Forbidden)]
    [InlineData("lbz.reviewer", HttpStatusCode.Forbidden)]
    [InlineData("jyj.officer", HttpStatusCode.NotFound)]
    [InlineData("portal.editor", HttpStatusCode.NotFound)]
    public async Task Withdraw_ByAnyoneButAWriterOfTheSite_IsRefused(string user, HttpStatusCode expected)
    {
        var id = await CreateArticleAsync("lbz", published: true);
        using var client = await SignInAsync(user);

        var (form, _) = await client.GetPageAsync($"/admin/articles/{id}/withdraw");
        var response = await WithdrawAsync(client, id, "越权撤稿");

        Assert.Equal(expected, form.StatusCode);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(ArticleState.Approved, (await ArticleAsync(id)).State);
        Assert.Empty(await EventsAsync(id, ArticleEventKind.Withdrawn));
    }
}
