using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content.Articles;
using GovSites.Modules.Content.Attachments;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class CoverTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private async Task<int> AttachAsync(int? articleId, int siteId, AttachmentKind kind, string name)
    {
        var uploader = await AccountIdAsync("lbz.officer");
        return await WithDbAsync(async db =>
    {
        var attachment = new Attachment
        {
            SiteId = siteId,
            ArticleId = articleId,
            FileName = name,
            StoredName = Guid.NewGuid().ToString("N"),
            ContentType = kind == AttachmentKind.Image ? "image/png" : "application/pdf",
            Kind = kind,
            Size = 100,
            Sha256 = new string('0', 64),
            UploadedById = uploader,
            UploadedAt = Factory.Clock.GetUtcNow(),
        };
        db.Set<Attachment>().Add(attachment);
        await db.SaveChangesAsync();
        return attachment.Id;
    });
    }

    private async Task<HttpResponseMessage> SaveWithCoverAsync(int id, int cover)
    {
        using var client = await SignInAsync("lbz.officer");
        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");
        var fields = FieldsOf(page);
        fields["Input.CoverAttachmentId"] = Number(cover);
        return await client.PostFormAsync($"/admin/articles/{id}", fields);
    }

    [Fact]
    public async Task Save_AnImageOfTheArticle_BecomesItsCoverAndIsOfferedOnTheForm()
    {
        var id = await CreateArticleAsync("lbz");
        var image = await AttachAsync(id, await SiteIdAsync("lbz"), AttachmentKind.Image, "会场.png");
        using var client = await SignInAsync("lbz.officer");
        var (_, page) = await client.GetPageAsync($"/admin/articles/{id}");
        Assert.Contains(page.QuerySelectorAll("#Input_CoverAttachmentId option"), o => o.TextContent == "会场.png");

        var response = await SaveWithCoverAsync(id, image);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(image, (await ArticleAsync(id)).CoverAttachmentId);
        Assert.Equal(image, (await RevisionsAsync(id)).Last().CoverAttachmentId);
    }

    [Fact]
    public async Task Save_AnotherArticlesImageOrADocument_IsRefusedAndNothingChanges()
    {
        var id = await CreateArticleAsync("lbz");
        var other = await CreateArticleAsync("lbz", title: "另一篇稿件");
        var siteId = await SiteIdAsync("lbz");
        var foreignImage = await AttachAsync(other, siteId, AttachmentKind.Image, "别的图片.png");
        var document = await AttachAsync(id, siteId, AttachmentKind.Document, "通知.pdf");

        foreach (var cover in new[] { foreignImage, document })
        {
            var response = await SaveWithCoverAsync(id, cover);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(CoverChoices.RefusedMessage, (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
            Assert.Null((await ArticleAsync(id)).CoverAttachmentId);
            Assert.Single(await RevisionsAsync(id));
        }
    }
}
