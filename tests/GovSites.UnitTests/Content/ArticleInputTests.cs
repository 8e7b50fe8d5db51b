using GovSites.Modules.Content.Articles;
using GovSites.Modules.Content.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovSites.UnitTests.Content;

public sealed class ArticleInputTests
{
    [Theory]
    [InlineData("2026-03-01T09:30", 2026, 3, 1, 1, 30)]
    [InlineData("2026-03-01 09:30", 2026, 3, 1, 1, 30)]
    [InlineData("2026-01-01T07:59", 2025, 12, 31, 23, 59)]
    public void ChinaTimeInput_ChinaTime_IsStoredInUtc(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(ChinaTimeInput.TryParse(text, out var utc));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.Zero, utc!.Value.Offset);
        Assert.Equal(text.Replace(' ', 'T'), ChinaTimeInput.Format(utc));
    }

    [Theory]
    [InlineData("明天")]
    [InlineData("2026-13-01T09:30")]
    [InlineData("2026/03/01 09:30")]
    public void ChinaTimeInput_NotATime_IsRefused(string text) => Assert.False(ChinaTimeInput.TryParse(text, out _));

    [Fact]
    public void ChinaTimeInput_Empty_IsNoTime()
    {
        Assert.True(ChinaTimeInput.TryParse("  ", out var utc));
        Assert.Null(utc);
    }

    [Fact]
    public void Validate_BlankOptionalFields_BecomeNullAndTextIsTrimmed()
    {
        var input = new ArticleInput { Title = "  标题  ", Source = "   ", PublishAt = "" };
        var state = new ModelStateDictionary();

        input.Validate(state);

        Assert.True(state.IsValid);
        Assert.Equal(("标题", null, null), (input.Title, input.Source, input.PublishAtUtc));
    }

    [Fact]
    public void Fit_OverlongTextAndBadTime_AreCutAndDroppedForAnAutosave()
    {
        var input = new ArticleInput { Title = new string('县', 250), Summary = new string('要', 600), PublishAt = "不是时间" };

        input.Fit();

        Assert.Equal((200, 500, (DateTimeOffset?)null), (input.Title!.Length, input.Summary!.Length, input.PublishAtUtc));
    }

    [Theory]
    [InlineData("<p>正文</p>", false)]
    [InlineData("<p><img src=\"/a.jpg\"></p>", false)]
    [InlineData("", true)]
    [InlineData("<p>&nbsp;</p><p><br></p>", true)]
    [InlineData("<p>\u200B\uFEFF</p>", true)]
    [InlineData("<script>alert(1)</script>", true)]
    public void IsEmpty_BodyWithoutTextOrMedia_IsEmpty(string html, bool empty) =>
        Assert.Equal(empty, ArticleBody.IsEmpty(new BodySanitizer().Sanitize(html, [])));
}
