using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class EditTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private async Task<(StaffClient Client, Dictionary<string, string> Fields)> OpenAsync(string user, int id)
    {
        var client = await SignInAsync(user);
        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");
        return (client, FieldsOf(page));
    }

    [Fact]
    public async Task Save_ChangedTitleAndBody_UpdatesTheWorkingCopyAndWritesARevision()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = "泷泊镇部署春季森林防火工作";
        fields["Body"] = "<p>会议要求各村落实责任。</p><script>alert(1)</script>";

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await ArticleAsync(id);
        Assert.Equal("泷泊镇部署春季森林防火工作", article.Title);
        Assert.Equal("<p>会议要求各村落实责任。</p>", article.Body);
        Assert.Equal(2, article.RevisionNumber);
        var revisions = await RevisionsAsync(id);
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.False(revisions[1].IsAutosave);
        Assert.Equal(article.Title, revisions[1].Title);
        Assert.Equal(article.Body, revisions[1].Body);
        Assert.Equal(await AccountIdAsync("lbz.officer"), revisions[1].SavedById);
    }

    [Theory]
    [InlineData("", "请填写标题。")]
    [InlineData("   ", "请填写标题。")]
    [InlineData(null, "标题不能超过 200 个字。")]
    public async Task Save_MissingOrOverlongTitle_IsRefusedAndTheInputShownBack(string? title, string message)
    {
        var id = await CreateArticleAsync("lbz");
        var before = await ArticleAsync(id);
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = title ?? new string('县', 201);
        fields["Body"] = "<p>这段新写的正文不能丢。</p>";

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(message, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("这段新写的正文不能丢。", page.QuerySelector("textarea[name=Body]")!.TextContent, StringComparison.Ordinal);
        var after = await ArticleAsync(id);
        Assert.Equal((before.Title, before.Version, 1), (after.Title, after.Version, after.RevisionNumber));
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task Save_TitleOfExactly200Characters_IsAccepted()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = new string('县', 200);

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(200, (await ArticleAsync(id)).Title.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p><br></p><p>&nbsp;</p><div>  </div>")]
    [InlineData("<p>\u200B</p><script>alert('只有脚本')</script>")]
    public async Task Save_BodyThatIsOnlyMarkup_IsRefused(string body)
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = "新标题";
        fields["Body"] = body;

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields);

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("正文不能为空。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("泷泊镇召开春季森林防火工作会议", (await ArticleAsync(id)).Title);
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task Save_BodyWithOnlyAPicture_IsAccepted()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Body"] = "<p><img src=\"/files/1.jpg\" alt=\"会议现场\"></p>";

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Save_WhileInReview_IsRefusedAndNothingChanges()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Submit();
            await db.SaveChangesAsync();
        });
        var before = await ArticleAsync(id);
        fields["Input.Version"] = Number(before.Version);
        fields["Input.Title"] = "审核中偷偷修改的标题";

        var response = await client.PostFormAsync($"/admin/articles/{id}", fields);

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("稿件正在审核中，不能修改。如需修改，请先撤回送审。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("审核中偷偷修改的标题", page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        var after = await ArticleAsync(id);
        Assert.Equal((ArticleState.InReview, before.Title, before.Version), (after.State, after.Title, after.Version));
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_KeepsBothVersions()
    {
        var id = await CreateArticleAsync("lbz");
        var (first, firstFields) = await OpenAsync("lbz.officer", id);
        var (second, secondFields) = await OpenAsync("lbz.officer", id);
        using var _ = first;
        using var __ = second;
        secondFields["Input.Title"] = "第二位编辑先保存的标题";
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync($"/admin/articles/{id}", secondFields)).StatusCode);

        firstFields["Input.Title"] = "第一位编辑后保存的标题";
        firstFields["Body"] = "<p>第一位编辑写的正文。</p>";
        var response = await first.PostFormAsync($"/admin/articles/{id}", firstFields);

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("该稿件已被他人修改。您的内容已另存为修订版本 3，可在修订记录中比较后合并。", Text(page), StringComparison.Ordinal);
        var article = await ArticleAsync(id);
        Assert.Equal(("第二位编辑先保存的标题", 2), (article.Title, article.RevisionNumber));
        var kept = (await RevisionsAsync(id)).Single(r => r.Number == 3);
        Assert.True(kept.IsAutosave);
        Assert.Equal("第一位编辑后保存的标题", kept.Title);
        Assert.Equal("<p>第一位编辑写的正文。</p>", kept.Body);
        Assert.NotNull(page.QuerySelector($"a[href='/admin/articles/{id}/compare?a=2&b=3']"));
        Assert.Equal("第二位编辑先保存的标题", page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal(Number(article.Version), page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_PublishedArticle_BecomesADraftWhileTheApprovedRevisionStaysLive()
    {
        var id = await CreateArticleAsync("lbz", published: true);
        var live = (await ArticleAsync(id)).LiveRevisionId;
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = "更正后的标题";

        await client.PostFormAsync($"/admin/articles/{id}", fields);

        var article = await ArticleAsync(id);
        Assert.Equal((ArticleState.Draft, live, "更正后的标题"), (article.State, article.LiveRevisionId, article.Title));
    }

    [Fact]
    public async Task Open_FromAnEarlierRevision_LoadsItIntoTheFormWithoutSaving()
    {
        var id = await CreateArticleAsync("lbz");
        var (client, fields) = await OpenAsync("lbz.officer", id);
        using var _ = client;
        fields["Input.Title"] = "第二版标题";
        await client.PostFormAsync($"/admin/articles/{id}", fields);

        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}?from=1");

        Assert.Equal("泷泊镇召开春季森林防火工作会议", page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Contains("编辑框中是修订版本 1 的内容", Text(page), StringComparison.Ordinal);
        Assert.Equal("第二版标题", (await ArticleAsync(id)).Title);
    }

    [Theory]
    [InlineData(ArticleState.InReview)]
    [InlineData(ArticleState.Returned)]
    public async Task EditPage_InReviewOrReturned_LinksToTheReviewProgress(ArticleState state)
    {
        var id = await CreateArticleAsync("lbz");
        await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Submit();
            if (state == ArticleState.Returned)
            {
                article.Return();
            }

            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("lbz.officer");

        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");

        var link = page.QuerySelector($"a[href='/admin/review/articles/{id}']");
        Assert.Equal("查看审核进度", link?.TextContent);
        Assert.Equal(state == ArticleState.Returned, page.QuerySelector($"form[action='/admin/review/articles/{id}/submit']") is not null);
        Assert.Equal(state == ArticleState.Returned, page.QuerySelector("form[data-autosave]") is not null);
    }

    [Fact]
    public async Task EditPage_Draft_OffersSubmitWithAnAntiForgeryToken()
    {
        var id = await CreateArticleAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");

        var form = page.QuerySelector($"form[action='/admin/review/articles/{id}/submit']");
        Assert.Equal("送审", form?.QuerySelector("button")?.TextContent);
        Assert.Single(form!.QuerySelectorAll("input[name=__RequestVerificationToken]"));
        Assert.Null(page.QuerySelector($"a[href='/admin/review/articles/{id}']"));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    [InlineData("lbz.reviewer")]
    public async Task Save_ByARoleThatOnlyReads_IsForbiddenAndTheFormNotShown(string user)
    {
        var id = await CreateArticleAsync("lbz");
        var before = await ArticleAsync(id);
        using var client = await SignInAsync(user);

        var (response, page) = await client.GetPageAsync($"/admin/articles/{id}");
        var post = await client.PostFormAsync($"/admin/articles/{id}", new() { ["Input.Title"] = "越权修改", ["Body"] = "<p>越权</p>", ["Input.Version"] = Number(before.Version) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("form[data-autosave]"));
        Assert.Contains("会议强调，要落实网格化管理责任。", Text(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before.Title, (await ArticleAsync(id)).Title);
    }
}
