using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Submissions;

/// <summary>我的报送 and the per-unit statistics of the year.</summary>
public sealed class IndexTests(GovSitesFactory factory) : SubmissionTest(factory)
{
    [Theory]
    [InlineData("portal.editor")]
    [InlineData("evaluator")]
    [InlineData("admin")]
    public async Task Statistics_CountSubmittedAdoptedAndReturnedPerUnit(string userName)
    {
        var adopted = await SubmittedAsync(await CreateDraftAsync(title: "甲"), "xzdt");
        var returned = await SubmittedAsync(await CreateDraftAsync(title: "乙"), "xzdt");
        await SubmittedAsync(await CreateDraftAsync(title: "丙"), "spyw");
        using (var editor = await SignInAsync("portal.editor"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, adopted, "adopt")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, returned, "return", "重复")).StatusCode);
        }

        using var client = await SignInAsync(userName);
        var (_, page) = await client.GetPageAsync("/admin/submissions");

        var row = Assert.Single(page.QuerySelectorAll("#statistics tbody tr"));
        Assert.Equal(["泷泊镇人民政府", "3", "1", "1"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Statistics_NotShownToAnInfoOfficer()
    {
        await SubmittedAsync(await CreateDraftAsync());
        using var officer = await SignInAsync("lbz.officer");

        var (_, page) = await officer.GetPageAsync("/admin/submissions");

        Assert.Null(page.QuerySelector("#statistics"));
        Assert.Single(page.QuerySelectorAll("#own tbody tr"));
    }

    [Fact]
    public async Task Index_AnotherUnitsOfficer_SeesNoneOfThem()
    {
        await SubmittedAsync(await CreateDraftAsync());
        using var other = await SignInAsync("jyj.officer");

        var (_, page) = await other.GetPageAsync("/admin/submissions");

        Assert.Null(page.QuerySelector("#own"));
        Assert.Contains("本单位还没有报送稿件", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
