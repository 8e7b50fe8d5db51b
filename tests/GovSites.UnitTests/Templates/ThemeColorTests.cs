using GovSites.Demo;
using GovSites.Modules.Templates;

namespace GovSites.UnitTests.Templates;

public sealed class ThemeColorTests
{
    [Theory]
    [InlineData("#1f5fa8")]
    [InlineData("#b31b1b")]
    [InlineData("#000000")]
    public void Check_DarkEnough_Accepted(string color) => Assert.Null(ThemeColor.Check(color));

    [Theory]
    [InlineData("#ffcc00")]
    [InlineData("#ff0000")]
    [InlineData("#ffffff")]
    public void Check_TooLightForWhiteText_RefusedWithContrast(string color) =>
        Assert.Contains("低于无障碍要求的 4.5:1", ThemeColor.Check(color), StringComparison.Ordinal);

    [Theory]
    [InlineData("red")]
    [InlineData("#fff")]
    [InlineData("#12345g")]
    [InlineData("")]
    public void Check_NotHex_Refused(string color) => Assert.Contains("十六进制", ThemeColor.Check(color), StringComparison.Ordinal);

    [Fact]
    public void DemoColors_AllPassContrast() =>
        Assert.All([DemoThemes.PortalColor, .. DemoThemes.UnitColors], c => Assert.Null(ThemeColor.Check(c)));

    [Fact]
    public void DefaultColor_PassesContrast() => Assert.Null(ThemeColor.Check(DefaultTheme.MainColor));
}
