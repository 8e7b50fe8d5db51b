using GovSites.Modules.Sites.Rules;

namespace GovSites.UnitTests.Sites;

public sealed class HostNameTests
{
    [Theory]
    [InlineData("shuangpai.gov.cn")]
    [InlineData("www.shuangpai.gov.cn")]
    [InlineData("lbz.shuangpai.gov.cn")]
    [InlineData("xn--fiq228c.xn--fiqs8s")]
    [InlineData("a-b.c1.example")]
    [InlineData("2008.shuangpai.gov.cn")]
    public void Validate_LowerCaseHostName_Valid(string host) => Assert.Null(HostName.Validate(host));

    [Theory]
    [InlineData("http://shuangpai.gov.cn", "不要带 http://")]
    [InlineData("shuangpai.gov.cn/zwgk", "不要带 http://")]
    [InlineData("shuangpai.gov.cn:8080", "端口")]
    [InlineData("localhost", "至少包含两段")]
    [InlineData(".shuangpai.gov.cn", "不能以点开头或结尾")]
    [InlineData("shuangpai.gov.cn.", "不能以点开头或结尾")]
    [InlineData("shuangpai..gov.cn", "两个相连的点")]
    [InlineData("-lbz.shuangpai.gov.cn", "不能以连字符开头或结尾")]
    [InlineData("lbz-.shuangpai.gov.cn", "不能以连字符开头或结尾")]
    [InlineData("lbz_1.shuangpai.gov.cn", "不允许的字符")]
    [InlineData("LBZ.shuangpai.gov.cn", "不允许的字符")]
    [InlineData("双牌.政务", "不允许的字符")]
    [InlineData("lbz shuangpai.gov.cn", "不允许的字符")]
    [InlineData("192.168.1.1", "IP 地址")]
    public void Validate_InvalidHostName_GivesTheReason(string host, string reason) =>
        Assert.Contains(reason, HostName.Validate(host), StringComparison.Ordinal);

    [Fact]
    public void Validate_LabelOf64Characters_Invalid() =>
        Assert.Contains("每段最多 63 个字符", HostName.Validate(new string('a', 64) + ".gov.cn"), StringComparison.Ordinal);

    [Fact]
    public void Validate_LabelOf63Characters_Valid() => Assert.True(HostName.IsValid(new string('a', 63) + ".gov.cn"));

    [Fact]
    public void Validate_LongerThan253Characters_Invalid()
    {
        var host = string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".cn"; // 5 × 51 + 2 = 257

        Assert.Contains("最多 253 个字符", HostName.Validate(host), StringComparison.Ordinal);
    }
}
