using GovSites.Modules.Content.Html;

namespace GovSites.UnitTests.Content.Html;

/// <summary>The video allow-list as the admin page stores it (lower-case ASCII, punycode) meets iframes as editors paste them.</summary>
public sealed class BodySanitizerVideoHostTests
{
    private static string Clean(string html, params string[] hosts) => new BodySanitizer().Sanitize(html, hosts).Html;

    [Fact]
    public void Sanitize_HostInAnotherCase_IsStillAllowed() =>
        Assert.Contains("<iframe", Clean("<iframe src=\"https://Player.Bilibili.COM/player.html?bvid=1\"></iframe>", "player.bilibili.com"), StringComparison.Ordinal);

    [Fact]
    public void Sanitize_ChineseHostStoredInPunycode_IsAllowed()
    {
        var stored = VideoHostName.Check("视频.双牌.中国").Host!;

        Assert.Contains("<iframe", Clean("<iframe src=\"https://视频.双牌.中国/play?id=1\"></iframe>", stored), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://player.bilibili.com.evil.example/x")]
    [InlineData("https://evil.example/player.bilibili.com")]
    [InlineData("https://player.bilibili.com@evil.example/x")]
    [InlineData("//player.bilibili.com/x")]
    [InlineData("javascript:alert(1)//player.bilibili.com")]
    public void Sanitize_LookalikeOfAnAllowedHost_IsRemoved(string src) =>
        Assert.DoesNotContain("<iframe", Clean($"<iframe src=\"{src}\"></iframe>", "player.bilibili.com"), StringComparison.Ordinal);

    [Fact]
    public void Sanitize_EmptyAllowList_RemovesEveryIframe() =>
        Assert.Equal("<p>正文</p>", Clean("<p>正文</p><iframe src=\"https://player.bilibili.com/x\"></iframe>"));

    [Fact]
    public void Sanitize_VideoAsTheEditorWritesIt_KeepsThePlayer()
    {
        // What wangEditor's "insert video" gives for an embed code (taken from the editor in Chromium).
        const string fromEditor = "<div data-w-e-type=\"video\" data-w-e-is-void style=\"text-align: center;\">\n" +
            "<iframe src=\"https://player.bilibili.com/player.html?bvid=BV1xx411c7mD\" allowfullscreen=\"\" width=\"auto\" height=\"auto\" style=\"\"></iframe>\n</div>";

        var html = Clean(fromEditor, "player.bilibili.com");

        Assert.Contains("<iframe src=\"https://player.bilibili.com/player.html?bvid=BV1xx411c7mD\"", html, StringComparison.Ordinal);
        Assert.Contains("data-w-e-type=\"video\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_ImageUploadedInTheEditor_KeepsItsAddress() =>
        Assert.Contains(
            "<img src=\"/admin/attachments/3\" alt=\"现场照片.png\"",
            Clean("<p>居中段落<img src=\"/admin/attachments/3\" alt=\"现场照片.png\" data-href=\"\" width=\"\" height=\"\" style=\"\"></p>"),
            StringComparison.Ordinal);
}
