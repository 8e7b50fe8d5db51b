using GovSites.Modules.Organization.Passwords;

namespace GovSites.UnitTests.Organization;

public sealed class PasswordRulesTests
{
    private static readonly PasswordPolicy Policy = new();

    [Theory]
    [InlineData("Xq7#mPz2vLk9")]
    [InlineData("riverBank-2026-autumn")]
    [InlineData("青山绿水Qs7!abcdef")]
    public void Check_StrongPasswords_Pass(string password) => Assert.Empty(PasswordRulesValidator.Check(Policy, "wangfang", password));

    [Theory]
    [InlineData("Xq7#mPz2vLk", "至少 12 位")]
    [InlineData("abcdefghijkl", "至少 3 类")]
    [InlineData("abcdefgh1234", "至少 3 类")]
    [InlineData("Password1234", "常见弱密码")]
    [InlineData("1qaz@WSX3edc", "常见弱密码")]
    [InlineData("Wangfang#2026x", "账号名")]
    [InlineData("Shuangpai#2026", "网站或平台名称")]
    public void Check_WeakPasswords_SayWhy(string password, string reason) =>
        Assert.Contains(PasswordRulesValidator.Check(Policy, "wangfang", password), e => e.Contains(reason, StringComparison.Ordinal));
}
