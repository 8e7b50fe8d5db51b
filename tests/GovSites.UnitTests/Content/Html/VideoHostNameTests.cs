using GovSites.Modules.Content.Html;

namespace GovSites.UnitTests.Content.Html;

public sealed class VideoHostNameTests
{
    [Theory]
    [InlineData("player.bilibili.com", "player.bilibili.com")]
    [InlineData("  Player.Bilibili.COM ", "player.bilibili.com")]
    [InlineData("player.youku.com.", "player.youku.com")]
    [InlineData("v.qq.com", "v.qq.com")]
    [InlineData("视频.双牌.中国", "xn--cy2a840a.xn--jors32e.xn--fiqs8s")]
    public void Check_HostName_IsKeptLowerCaseAscii(string input, string host)
    {
        var result = VideoHostName.Check(input);

        Assert.Null(result.Error);
        Assert.Equal(host, result.Host);
    }

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("https://player.bilibili.com/player.html", "不要带 https://")]
    [InlineData("player.bilibili.com/x", "不要带")]
    [InlineData("player.bilibili.com:443", "不要带")]
    [InlineData("*.bilibili.com", "不要带")]
    [InlineData("user@player.bilibili.com", "不要带")]
    [InlineData("localhost", "不是有效的域名")]
    [InlineData("1.2.3.4", "不是有效的域名")]
    [InlineData("-bad-.example.com", "不是有效的域名")]
    [InlineData("bad_name.example.com", "不是有效的域名")]
    [InlineData("a..b.com", "不是有效的域名")]
    public void Check_NotAHostName_IsRefusedWithTheReason(string input, string reason) =>
        Assert.Contains(reason, VideoHostName.Check(input).Error, StringComparison.Ordinal);
}
