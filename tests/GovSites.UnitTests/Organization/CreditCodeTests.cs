using GovSites.Modules.Organization;

namespace GovSites.UnitTests.Organization;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // a published business code
    [InlineData("11100000000013127D")] // 国务院办公厅
    [InlineData("12100000400010398P")]
    public void Validate_PublishedCodes_AreValid(string code) => Assert.Null(CreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y44", "校验位")]
    [InlineData("91350100M000100Y4", "18 位")]
    [InlineData("91350100M000100Y433", "18 位")]
    [InlineData("91350100M0001O0Y43", "不允许的字符")]
    [InlineData("91350100m000100Y43", "不允许的字符")]
    [InlineData("", "请填写")]
    [InlineData(null, "请填写")]
    public void Validate_BadCodes_SayWhy(string? code, string reason) =>
        Assert.Contains(reason, CreditCode.Validate(code), StringComparison.Ordinal);

    [Fact]
    public void Complete_AddsTheCheckCharacterThatValidates()
    {
        var code = CreditCode.Complete("11431123006600015");
        Assert.Equal(18, code.Length);
        Assert.True(CreditCode.IsValid(code));
    }

    [Fact]
    public void Validate_EverySingleCharacterChange_IsCaught()
    {
        const string code = "11100000000013127D";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var i = 0; i < 18; i++)
        {
            foreach (var c in alphabet.Where(c => c != code[i]))
            {
                var changed = string.Concat(code.AsSpan(0, i), c.ToString(), code.AsSpan(i + 1));
                Assert.False(CreditCode.IsValid(changed), changed);
            }
        }
    }
}
