using GovSites.Modules.Content.Html;

namespace GovSites.UnitTests.Content;

public sealed class BodySanitizerTests
{
    private static readonly string[] VideoHosts = ["player.bilibili.com"];

    private static string Clean(string html) => new BodySanitizer().Sanitize(html, VideoHosts).Html;

    [Theory]
    [InlineData("<p>你好<script>alert(1)</script></p>", "<p>你好</p>")]
    [InlineData("<p onclick=\"alert(1)\">你好</p>", "<p>你好</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>", "<a>链接</a>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<form action=\"/x\"><input name=\"a\"></form><p>正文</p>", "<p>正文</p>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe><p>正文</p>", "<p>正文</p>")]
    [InlineData("<p style=\"position:fixed;text-align:center\">居中</p>", "<p style=\"text-align: center\">居中</p>")]
    [InlineData("<svg><script>alert(1)</script></svg><p>正文</p>", "<p>正文</p>")]
    public void Sanitize_DangerousMarkup_IsRemoved(string input, string expected) => Assert.Equal(expected, Clean(input));

    [Fact]
    public void Sanitize_VideoFromAnAllowedHost_IsKept()
    {
        var html = Clean("<iframe src=\"https://player.bilibili.com/player.html?bvid=1\"></iframe>");
        Assert.Contains("player.bilibili.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_VideoOverPlainHttp_IsRemoved() =>
        Assert.Equal(string.Empty, Clean("<iframe src=\"http://player.bilibili.com/player.html\"></iframe>"));

    [Fact]
    public void Sanitize_LinkOpeningANewWindow_GetsNoOpener() =>
        Assert.Contains("rel=\"noopener noreferrer\"", Clean("<a href=\"https://www.gov.cn/\" target=\"_blank\">中国政府网</a>"), StringComparison.Ordinal);

    [Fact]
    public void Sanitize_OnlyMarkup_HasNoPlainText() =>
        Assert.Equal(string.Empty, new BodySanitizer().Sanitize("<p><br></p><div> </div>", VideoHosts).PlainText);
}
