using System.Net;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class AutosaveTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private async Task<(StaffClient Client, Dictionary<string, string> Fields)> OpenAsync(string user, int id)
    {
        var client = await SignInAsync(user);
        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");
        return (client, FieldsOf(page));
    }

    [Fact]
    public async Task Autosave_ChangedForm_KeepsAnAutosaveRevisionAndLeavesTheWorkingCopy()
    {
        var id = await CreateArticleAsync("lbz", published: true);
        var before = await ArticleAsync(id);
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = "还没写完的标题";
        fields["Body"] = "<p>写了一半的正文</p>";

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields, $"/admin/articles/{id}/autosave");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("saved").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("number").GetInt32());
        Assert.StartsWith("已自动保存 ", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        var after = await ArticleAsync(id);
        Assert.Equal((ArticleState.Approved, before.Title, before.Version, 1), (after.State, after.Title, after.Version, after.RevisionNumber));
        var revision = (await RevisionsAsync(id)).Single(r => r.Number == 2);
        Assert.True(revision.IsAutosave);
        Assert.Equal(("还没写完的标题", "<p>写了一半的正文</p>"), (revision.Title, revision.Body));
    }

    [Fact]
    public async Task Autosave_FormUnchangedSinceTheLastRevision_WritesNothing()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields, $"/admin/articles/{id}/autosave");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("saved").GetBoolean());
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task Autosave_TokenInTheHeader_IsAcceptedAsTheScriptSendsIt()
    {
        var id = await CreateArticleAsync("lbz");
        var client = await SignInAsync("lbz.officer");
        using var _ = client;
        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");
        var fields = FieldsOf(page);
        fields["Body"] = "<p>自动保存的正文</p>";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/admin/articles/{id}/autosave", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("form[data-autosave] input[name=__RequestVerificationToken]")!.GetAttribute("value"));

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await RevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task Autosave_WithoutAntiForgeryToken_IsRefused()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Body"] = "<p>跨站伪造的正文</p>";
        using var content = new FormUrlEncodedContent(fields);

        var response = await client.Http.PostAsync(new Uri($"/admin/articles/{id}/autosave", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task Autosave_WhileInReview_IsRefusedWithAMessage()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        await WithDbAsync(async db =>
        {
            (await db.Articles.FindAsync(id))!.Submit();
            await db.SaveChangesAsync();
        });
        fields["Body"] = "<p>审核中自动保存</p>";

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields, $"/admin/articles/{id}/autosave");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("稿件正在审核中，不能修改，未自动保存。", json.RootElement.GetProperty("message").GetString());
        Assert.Single(await RevisionsAsync(id));
    }

    [Theory]
    [InlineData("jyj.officer", HttpStatusCode.NotFound)]
    [InlineData("portal.editor", HttpStatusCode.NotFound)]
    [InlineData("lbz.reviewer", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Autosave_ByAnyoneButAWriterOfTheSite_IsRefused(string user, HttpStatusCode expected)
    {
        var id = await CreateArticleAsync("lbz");
        using var client = await SignInAsync(user);

        var response = await client.PostFormAsync("/admin/password", new() { ["Input.Title"] = "越权", ["Body"] = "<p>越权</p>" }, $"/admin/articles/{id}/autosave");

        Assert.Equal(expected, response.StatusCode);
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task EditPage_AfterAnAutosave_OffersToCompareAndLoadIt()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Body"] = "<p>浏览器关闭前自动保存的正文</p>";
        await client.PostFormAsync($"/admin/articles/{id}", fields, $"/admin/articles/{id}/autosave");

        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");

        Assert.Contains("有一份比当前稿件更新的自动保存内容（修订版本 2", Text(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/admin/articles/{id}/compare?a=1&b=2']"));
        Assert.NotNull(page.QuerySelector($"a[href='/admin/articles/{id}?from=2']"));
        Assert.NotNull(page.QuerySelector("#autosave-status[aria-live=polite]"));
        Assert.NotNull(page.QuerySelector("script[src^='/admin/autosave.js']"));
    }
}
