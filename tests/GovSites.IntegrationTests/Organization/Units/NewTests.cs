using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Units;

public sealed class NewTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task New_PlatformAdmin_CreatesTheUnit()
    {
        using var client = await SignInAsync("admin");
        var (form, _) = await client.GetPageAsync("/admin/units/new");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        var response = await client.PostFormAsync("/admin/units/new", UnitForm.Fields("双牌县文化旅游广电体育局", UnitForm.FreeCode.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await WithDbAsync(db => db.Units.SingleAsync(u => u.Name == "双牌县文化旅游广电体育局"));
        Assert.Equal(UnitForm.FreeCode, unit.CreditCode); // typed in lower case, stored upper case
        Assert.Equal(UnitKind.CountyDepartment, unit.Kind);
        Assert.Equal("0746-7720000", unit.ContactPhone);
        Assert.Equal(50, unit.SortOrder);
        Assert.Equal($"/admin/units/{unit.Id}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    public async Task New_OtherRoles_Get403AndSaveNothing(string userName)
    {
        using var client = await SignInAsync(userName);
        var (form, _) = await client.GetPageAsync("/admin/units/new");
        var response = await client.PostFormAsync("/admin/units/new", UnitForm.Fields("双牌县新单位", UnitForm.FreeCode));

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await WithDbAsync(db => db.Units.AnyAsync(u => u.Name == "双牌县新单位")));
    }

    [Theory]
    [InlineData("", "请填写统一社会信用代码")]
    [InlineData("1143112300669999", "应为 18 位")]
    [InlineData("1143112300669999543", "应为 18 位")]
    [InlineData("11431123006699O95X", "不允许的字符“O”")]
    [InlineData("1143112300669999-X", "不允许的字符“-”")]
    public async Task New_MalformedCreditCode_ShowsTheReasonAtTopAndBesideTheField(string code, string reason)
    {
        await AssertCodeRefusedAsync(code, reason);
    }

    [Fact]
    public async Task New_CreditCodeWithWrongCheckCharacter_IsRefused()
    {
        var wrong = UnitForm.FreeCode[..17] + (UnitForm.FreeCode[17] == '0' ? '1' : '0');
        await AssertCodeRefusedAsync(wrong, "校验位不正确");
    }

    [Fact]
    public async Task New_DuplicateName_IsRefusedAndNothingSaved()
    {
        var before = await WithDbAsync(db => db.Units.CountAsync());
        using var client = await SignInAsync("admin");
        var response = await client.PostFormAsync("/admin/units/new", UnitForm.Fields("双牌县教育局", UnitForm.FreeCode));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已有名为“双牌县教育局”的单位", page.QuerySelector("#Input_Name-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task New_DuplicateCreditCode_IsRefusedAndNamesTheUnitThatHasIt()
    {
        var code = await WithDbAsync(db => db.Units.Where(u => u.Name == "双牌县林业局").Select(u => u.CreditCode).SingleAsync());
        using var client = await SignInAsync("admin");
        var response = await client.PostFormAsync("/admin/units/new", UnitForm.Fields("双牌县新单位", code));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("已被“双牌县林业局”使用", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Units.AnyAsync(u => u.Name == "双牌县新单位")));
    }

    [Fact]
    public async Task New_MissingName_SaysSoInChinese()
    {
        using var client = await SignInAsync("admin");
        var response = await client.PostFormAsync("/admin/units/new", UnitForm.Fields("  ", UnitForm.FreeCode));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("请填写单位名称", page.QuerySelector("#Input_Name-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Units.AnyAsync(u => u.CreditCode == UnitForm.FreeCode)));
    }

    private async Task AssertCodeRefusedAsync(string code, string reason)
    {
        using var client = await SignInAsync("admin");
        var response = await client.PostFormAsync("/admin/units/new", UnitForm.Fields("双牌县新单位", code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(reason, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(reason, page.QuerySelector("#Input_CreditCode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("双牌县新单位", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.False(await WithDbAsync(db => db.Units.AnyAsync(u => u.Name == "双牌县新单位")));
    }
}
