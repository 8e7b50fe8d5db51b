using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content.Attachments;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Attachments;

public sealed partial class UploadTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private string Root => Path.Combine(Factory.Database.Directory, "attachments");

    private Task<int> SiteIdAsync(string key) => WithDbAsync(db => db.Sites.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());

    private int FilesOnDisk() => Directory.Exists(Root) ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Count() : 0;

    private Task<int> RowsAsync() => WithDbAsync(db => db.Set<Attachment>().CountAsync());

    [Fact]
    public async Task Upload_PdfWithAChineseName_KeepsTheFileUnderAGeneratedNameAndRecordsIt()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");
        var filesBefore = FilesOnDisk();

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "泷泊镇2024年政府工作报告.pdf", Uploads.Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Uploads.JsonAsync(response);
        Assert.Equal(0, json.GetProperty("errno").GetInt32());
        var row = await WithDbAsync(db => db.Set<Attachment>().SingleAsync());
        Assert.Equal($"/admin/attachments/{row.Id}", json.GetProperty("data").GetProperty("url").GetString());
        Assert.Equal("泷泊镇2024年政府工作报告.pdf", row.FileName);
        Assert.Equal((siteId, (int?)null, AttachmentKind.Document, "application/pdf"), (row.SiteId, row.ArticleId, row.Kind, row.ContentType));
        Assert.Equal(Uploads.Pdf.Length, row.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Uploads.Pdf)), row.Sha256);
        Assert.Equal(await WithDbAsync(db => db.Users.Where(u => u.UserName == "lbz.officer").Select(u => u.Id).SingleAsync()), row.UploadedById);
        Assert.Matches(StoredName(), row.StoredName);
        Assert.Equal(Uploads.Pdf, await File.ReadAllBytesAsync(Path.Combine(Root, row.StoredName)));
        Assert.Equal(filesBefore + 1, FilesOnDisk());
    }

    [Fact]
    public async Task Upload_ImageFromTheEditor_AnswersWithItsAddressAndName()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "现场照片.png", Uploads.Png, imageOnly: true);

        var data = (await Uploads.JsonAsync(response)).GetProperty("data");
        var row = await WithDbAsync(db => db.Set<Attachment>().SingleAsync());
        Assert.Equal((AttachmentKind.Image, "image/png"), (row.Kind, row.ContentType));
        Assert.Equal($"/admin/attachments/{row.Id}", data.GetProperty("url").GetString());
        Assert.Equal("现场照片.png", data.GetProperty("name").GetString());
        Assert.EndsWith(".png", row.StoredName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ForASavedArticle_LinksTheAttachmentToIt()
    {
        var siteId = await SiteIdAsync("lbz");
        var articleId = await ArticleOnAsync(siteId);
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments?articleId={articleId}", "报名表.docx", Uploads.Docx);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(articleId, await WithDbAsync(db => db.Set<Attachment>().Select(a => a.ArticleId).SingleAsync()));
    }

    public static TheoryData<string, byte[], string> Refusals => new()
    {
        { "报告.pdf", Uploads.Elf, "可执行程序" },
        { "报告.pdf", Uploads.WindowsExe, "可执行程序" },
        { "报告.doc", Uploads.Msi, "可执行程序" },
        { "报告.pdf", Uploads.Text("<?php system($_GET['c']); ?>"), "脚本或网页" },
        { "照片.jpg", Uploads.Text("<%@ Page Language=\"C#\" %>"), "脚本或网页" },
        { "x.aspx.jpg", Uploads.Jpeg, "可执行文件或网页的扩展名" },
        { "a.php.pdf", Uploads.Pdf, "可执行文件或网页的扩展名" },
        { "x.asp;.jpg", Uploads.Jpeg, "可执行文件或网页的扩展名" },
        { "../../报告.pdf", Uploads.Pdf, "路径" },
        { "..\\报告.pdf", Uploads.Pdf, "路径" },
        { "报告.pdf.", Uploads.Pdf, "以点或空格结尾" },
        { "报告.pdf ", Uploads.Pdf, "以点或空格结尾" },
        { "报告\u0001.pdf", Uploads.Pdf, "控制字符" },
        { "报告\u202Efdp.exe", Uploads.Pdf, "控制字符" },
        { "setup.exe", Uploads.WindowsExe, "不能上传 .exe 类型" },
        { "页面.html", Uploads.Text("<html></html>"), "不能上传 .html 类型" },
        { "报告", Uploads.Pdf, "没有扩展名" },
        { "报告.docx", Uploads.Pdf, "内容与扩展名不符" },
        { "报告.docx", Uploads.Xlsx, "内容与扩展名不符" },
        { "照片.jpg", Uploads.Png, "内容与扩展名不符" },
        { "纪要.pdf", Uploads.Text("会议纪要"), "内容与扩展名不符" },
        { "空文件.pdf", [], "空文件" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Upload_RefusedFile_SaysWhyAndLeavesNoFileAndNoRow(string fileName, byte[] content, string reason)
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");
        var filesBefore = FilesOnDisk();

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await Uploads.JsonAsync(response);
        Assert.Equal(1, json.GetProperty("errno").GetInt32());
        Assert.Contains(reason, json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await RowsAsync());
        Assert.Equal(filesBefore, FilesOnDisk());
    }

    [Fact]
    public async Task Upload_NulInTheName_IsRefused()
    {
        // A NUL cannot travel in a header value, so it comes as the RFC 5987 filename* a client may send.
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/admin/sites/{siteId}/attachments", UriKind.Relative));
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Uploads.Pdf);
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"File\"; filename=\"a.pdf\"; filename*=UTF-8''a%00.pdf.exe");
        form.Add(file);
        request.Content = form;
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("RequestVerificationToken", await Uploads.TokenAsync(client));

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("控制字符", (await Uploads.JsonAsync(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task Upload_ImageOverTenMegabytes_IsRefused()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");
        var filesBefore = FilesOnDisk();
        var image = new byte[(10 * 1024 * 1024) + 1];
        Uploads.Jpeg.CopyTo(image, 0);

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "大图.jpg", image);

        Assert.Contains("超过 10 MB", (await Uploads.JsonAsync(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await RowsAsync());
        Assert.Equal(filesBefore, FilesOnDisk());
    }

    [Fact]
    public async Task Upload_DocumentOverFiftyMegabytes_IsRefusedAndOneAtTheLimitIsKept()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");
        var document = new byte[50 * 1024 * 1024];
        Uploads.Pdf.CopyTo(document, 0);

        var atLimit = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "汇编.pdf", document);
        var over = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "汇编（全）.pdf", [.. document, 0]);

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Contains("超过 50 MB", (await Uploads.JsonAsync(over)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["汇编.pdf"], await WithDbAsync(db => db.Set<Attachment>().Select(a => a.FileName).ToListAsync()));
    }

    [Fact]
    public async Task Upload_DocumentThroughTheEditorsImageButton_IsRefused()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "报告.pdf", Uploads.Pdf, imageOnly: true);

        Assert.Contains("只能插入图片", (await Uploads.JsonAsync(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task Upload_ThroughThePlainForm_ComesBackToTheArticle()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostFormAsync(client, $"/admin/sites/{siteId}/attachments?returnUrl=%2Fadmin%2Farticles%2F7", "报告.pdf", Uploads.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/articles/7", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await RowsAsync());
    }

    [Fact]
    public async Task Upload_ThroughThePlainFormWithAForeignReturnAddress_StaysOnTheAttachmentsPage()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostFormAsync(client, $"/admin/sites/{siteId}/attachments?returnUrl=https%3A%2F%2Fevil.example%2F", "报告.pdf", Uploads.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/admin/sites/{siteId}/attachments", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_RefusedThroughThePlainForm_ShowsTheReasonOnThePage()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostFormAsync(client, $"/admin/sites/{siteId}/attachments", "x.aspx.jpg", Uploads.Jpeg);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("可执行文件或网页的扩展名", page.QuerySelector(".attachments .errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".attachments input[type=file][name=File]"));
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task Upload_WithoutTheAntiForgeryToken_IsRefused()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var response = await Uploads.PostJsonAsync(client, $"/admin/sites/{siteId}/attachments", "报告.pdf", Uploads.Pdf, token: "forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await RowsAsync());
    }

    private Task<int> ArticleOnAsync(int siteId) => WithDbAsync(async db =>
    {
        var channelId = await db.Channels.Where(c => c.SiteId == siteId).Select(c => c.Id).FirstAsync();
        var article = new GovSites.Modules.Content.Article { SiteId = siteId, ChannelId = channelId, Title = "测试稿件", Body = "<p>正文</p>" };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    });

    [GeneratedRegex(@"^\d{4}/\d{2}/[0-9a-f]{32}\.pdf$")]
    private static partial Regex StoredName();
}
