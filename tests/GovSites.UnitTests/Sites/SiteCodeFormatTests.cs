using GovSites.Modules.Sites.Rules;

namespace GovSites.UnitTests.Sites;

public sealed class SiteCodeFormatTests
{
    [Theory]
    [InlineData("4311230001")]
    [InlineData("4311239999")]
    [InlineData("1100000001")]
    [InlineData("6500000123")]
    public void Validate_RegionCodeAndSequence_Valid(string code) => Assert.Null(SiteCodeFormat.Validate(code));

    [Theory]
    [InlineData("431123001")]
    [InlineData("43112300011")]
    [InlineData("431123000A")]
    [InlineData("4311 30001")]
    [InlineData("４３１１２３０００１")]
    [InlineData("")]
    public void Validate_NotTenAsciiDigits_Invalid(string code) =>
        Assert.Equal("网站标识码应为 10 位数字（6 位行政区划代码加 4 位顺序号），如 4311230001。", SiteCodeFormat.Validate(code));

    [Theory]
    [InlineData("0011230001", "001123")]
    [InlineData("9911230001", "991123")]
    [InlineData("1011230001", "101123")]
    [InlineData("8100000001", "810000")]
    public void Validate_NoSuchProvince_Invalid(string code, string region) =>
        Assert.Equal($"网站标识码的前 6 位应为行政区划代码，“{region}”不是有效的行政区划代码。", SiteCodeFormat.Validate(code));

    [Fact]
    public void Validate_SequenceZero_Invalid() =>
        Assert.Equal("网站标识码的后 4 位顺序号不能是 0000。", SiteCodeFormat.Validate("4311230000"));
}
