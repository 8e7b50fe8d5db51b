using System.Globalization;
using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Units;

public sealed class EditTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Edit_PlatformAdmin_SavesTheChanges()
    {
        var unit = await UnitAsync("双牌县林业局");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(Path(unit), UnitForm.Fields("双牌县林业局（改）", unit.CreditCode, "Other", Version(unit)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await UnitAsync("双牌县林业局（改）");
        Assert.Equal(UnitKind.Other, saved.Kind);
        Assert.Equal("双牌县泷泊镇", saved.Address);
        Assert.Equal(unit.Version + 1, saved.Version);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    public async Task Edit_ReadOnlyRoles_SeeTheUnitWithoutAFormAndGet403OnPost(string userName)
    {
        var unit = await UnitAsync("双牌县林业局");
        using var client = await SignInAsync(userName);

        var (get, page) = await client.GetPageAsync(Path(unit));
        var post = await client.PostFormAsync(Path(unit), UnitForm.Fields("改名", unit.CreditCode, version: Version(unit)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains(unit.CreditCode, page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#Input_Name"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("双牌县林业局", (await WithDbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id))).Name);
    }

    [Fact]
    public async Task Edit_UnitStaff_SeeTheirOwnUnitAnd404ForAnother()
    {
        var own = await UnitAsync("泷泊镇人民政府");
        var other = await UnitAsync("双牌县教育局");
        using var client = await SignInAsync("lbz.officer");

        var (ownResponse, _) = await client.GetPageAsync(Path(own));
        var (otherResponse, _) = await client.GetPageAsync(Path(other));
        var post = await client.PostFormAsync(Path(own), UnitForm.Fields("改名", own.CreditCode, version: Version(own)));

        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Edit_UnknownId_Returns404()
    {
        using var client = await SignInAsync("admin");
        var (response, _) = await client.GetPageAsync("/admin/units/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Edit_TwoEditsFromTheSameVersion_SecondGetsTheConflictMessageAndTheFirstStays()
    {
        var unit = await UnitAsync("双牌县林业局");
        using var client = await SignInAsync("admin");

        var first = await client.PostFormAsync(Path(unit), UnitForm.Fields("双牌县林业局（甲）", unit.CreditCode, version: Version(unit)));
        var second = await client.PostFormAsync(Path(unit), UnitForm.Fields("双牌县林业局（乙）", unit.CreditCode, version: Version(unit)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(second);
        Assert.Contains("该记录已被他人修改，请刷新后重新编辑。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        var saved = await WithDbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id));
        Assert.Equal("双牌县林业局（甲）", saved.Name);
        Assert.Equal(unit.Version + 1, saved.Version);
    }

    [Fact]
    public async Task Edit_NameOfAnotherUnit_IsRefusedAndNothingChanges()
    {
        var unit = await UnitAsync("双牌县林业局");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(Path(unit), UnitForm.Fields("双牌县教育局", unit.CreditCode, version: Version(unit)));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("已有名为“双牌县教育局”的单位", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("双牌县林业局", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(unit.Version, (await WithDbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id))).Version);
    }

    [Fact]
    public async Task Edit_BadCreditCode_IsRefusedAndNothingChanges()
    {
        var unit = await UnitAsync("双牌县林业局");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(Path(unit), UnitForm.Fields("双牌县林业局", unit.CreditCode[..17] + "I", version: Version(unit)));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("不允许的字符“I”", page.QuerySelector("#Input_CreditCode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(unit.CreditCode, (await WithDbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id))).CreditCode);
    }

    private Task<Unit> UnitAsync(string name) => WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Name == name));

    private static string Path(Unit unit) => $"/admin/units/{unit.Id}";

    private static string Version(Unit unit) => unit.Version.ToString(CultureInfo.InvariantCulture);
}
