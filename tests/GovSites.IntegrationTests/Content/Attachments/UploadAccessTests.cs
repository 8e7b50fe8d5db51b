using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content.Attachments;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Content.Attachments;

/// <summary>Who may upload where, and who sees the attachments page: writers of the site upload, readers see, others find nothing.</summary>
public sealed class UploadAccessTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private Task<int> SiteIdAsync(string key) => WithDbAsync(db => db.Sites.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());

    private Task<int> RowsAsync() => WithDbAsync(db => db.Set<Attachment>().CountAsync());

    [Theory]
    [InlineData("lbz.reviewer", "lbz")]
    [InlineData("lbz.secrecy", "lbz")]
    [InlineData("auditor", "lbz")]
    [InlineData("admin", "lbz")]
    public async Task Upload_BySomeoneWhoSeesButDoesNotWriteTheSite_IsForbidden(string user, string siteKey)
    {
        var siteId = await SiteIdAsync(siteKey);
        using var client = await SignInAsync(user);

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "报告.pdf", Uploads.Pdf);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await RowsAsync());
    }

    [Theory]
    [InlineData("jyj.officer", "lbz")]
    [InlineData("lbz.officer", "jyj")]
    [InlineData("lbz.officer", "portal")]
    [InlineData("funds", "lbz")]
    public async Task Upload_ToAnotherUnitsSite_IsNotFound(string user, string siteKey)
    {
        var siteId = await SiteIdAsync(siteKey);
        using var client = await SignInAsync(user);

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "报告.pdf", Uploads.Pdf);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task Upload_ForAnArticleOfAnotherSite_IsNotFound()
    {
        var lbz = await SiteIdAsync("lbz");
        var foreignArticle = await ArticleOnAsync(await SiteIdAsync("jyj"));
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{lbz}/attachments?articleId={foreignArticle}", "报告.pdf", Uploads.Pdf);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task AttachmentsPage_Writer_SeesTheUploadFormAndReaderDoesNot()
    {
        var siteId = await SiteIdAsync("lbz");
        using var officer = await SignInAsync("lbz.officer");
        using var reviewer = await SignInAsync("lbz.reviewer");
        await Uploads.PostJsonAsync(officer, $"/admin/sites/{siteId}/attachments", "通知.pdf", Uploads.Pdf);

        var (_, writerPage) = await officer.GetPageAsync($"/admin/sites/{siteId}/attachments");
        var (_, readerPage) = await reviewer.GetPageAsync($"/admin/sites/{siteId}/attachments");

        Assert.NotNull(writerPage.QuerySelector(".attachments form input[type=file]"));
        Assert.Null(readerPage.QuerySelector(".attachments form input[type=file]"));
        Assert.Contains("通知.pdf", readerPage.QuerySelector(".attachments table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachmentsPage_OfAnotherUnitsSite_IsNotFound()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("jyj.officer");

        var (response, _) = await client.GetPageAsync($"/admin/sites/{siteId}/attachments");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void UploadEndpoint_AcceptsALargerBodyThanTheServersDefault()
    {
        // Kestrel refuses bodies over 30 MB unless the endpoint says otherwise; the test server enforces no limit.
        var endpoint = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText?.TrimStart('/') == "admin/sites/{siteId:int}/attachments");

        Assert.Equal((50 * 1024 * 1024) + (1024 * 1024), endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
    }

    private Task<int> ArticleOnAsync(int siteId) => WithDbAsync(async db =>
    {
        var channelId = await db.Channels.Where(c => c.SiteId == siteId).Select(c => c.Id).FirstAsync();
        var article = new GovSites.Modules.Content.Article { SiteId = siteId, ChannelId = channelId, Title = "测试稿件", Body = "<p>正文</p>" };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    });
}
