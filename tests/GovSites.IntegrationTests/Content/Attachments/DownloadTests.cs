using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Attachments;

public sealed class DownloadTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    /// <summary>Uploads as the officer of lbz, as the editor does, and returns the attachment's address.</summary>
    private async Task<string> UploadAsync(string fileName, byte[] content)
    {
        var siteId = await WithDbAsync(db => db.Sites.Where(s => s.Key == "lbz").Select(s => s.Id).SingleAsync());
        using var officer = await SignInAsync("lbz.officer");
        var response = await Uploads.PostJsonAsync(officer, $"/admin/sites/{siteId}/attachments", fileName, content);
        return (await Uploads.JsonAsync(response)).GetProperty("data").GetProperty("url").GetString()!;
    }

    [Fact]
    public async Task Download_Document_IsOfferedAsAFileWithTheChineseNameAndNoSniffing()
    {
        var url = await UploadAsync("泷泊镇2024年政府工作报告.pdf", Uploads.Pdf);
        using var client = await SignInAsync("lbz.reviewer");

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("泷泊镇2024年政府工作报告.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''%E6%B3%B7", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Uploads.Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_Image_IsShownInline()
    {
        var url = await UploadAsync("现场照片.png", Uploads.Png);
        using var client = await SignInAsync("lbz.officer");

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("现场照片.png", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("jyj.officer")]
    [InlineData("portal.editor")]
    [InlineData("funds")]
    public async Task Download_ByStaffOfAnotherUnit_IsNotFoundAndRevealsNothing(string user)
    {
        var url = await UploadAsync("内部通知.pdf", Uploads.Pdf);
        using var client = await SignInAsync(user);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("内部通知", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("admin")]
    public async Task Download_ByAPlatformWideReader_IsShown(string user)
    {
        var url = await UploadAsync("内部通知.pdf", Uploads.Pdf);
        using var client = await SignInAsync(user);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Download_NotSignedIn_GoesToSignIn()
    {
        var url = await UploadAsync("内部通知.pdf", Uploads.Pdf);
        using var client = Anonymous();

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_UnknownId_IsNotFound()
    {
        using var client = await SignInAsync("admin");

        var response = await client.Http.GetAsync(new Uri("/admin/attachments/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
