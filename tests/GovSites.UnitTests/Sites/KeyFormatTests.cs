using GovSites.Modules.Sites.Rules;

namespace GovSites.UnitTests.Sites;

public sealed class KeyFormatTests
{
    [Theory]
    [InlineData("portal")]
    [InlineData("lbz")]
    [InlineData("zf-xxgk")]
    [InlineData("a1")]
    [InlineData("2026")]
    public void IsValid_LowerCaseLettersDigitsHyphens_True(string key) => Assert.True(KeyFormat.IsValid(key));

    [Theory]
    [InlineData("a")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("LBZ")]
    [InlineData("lbz_1")]
    [InlineData("lbz site")]
    [InlineData("泷泊")]
    [InlineData("lbz/")]
    public void IsValid_AnythingElse_False(string? key) => Assert.False(KeyFormat.IsValid(key));

    [Fact]
    public void IsValid_LengthLimits_2To40()
    {
        Assert.True(KeyFormat.IsValid(new string('a', 40)));
        Assert.False(KeyFormat.IsValid(new string('a', 41)));
    }
}
