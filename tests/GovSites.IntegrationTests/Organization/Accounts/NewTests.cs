using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Accounts;

public sealed class NewTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    internal const string StrongPassword = "Kx7#mQ2!pLw9vR";

    [Fact]
    public async Task New_PlatformAdmin_CreatesAnAccountThatCanSignIn()
    {
        var unitId = await UnitIdAsync("江村镇人民政府");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync("/admin/accounts/new", Fields("jcz.officer", "张三", unitId, StrongPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var account = await WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "jcz.officer"));
        Assert.Equal("张三", account.DisplayName);
        Assert.Equal(unitId, account.UnitId);
        Assert.True(account.LockoutEnabled);
        Assert.Empty(await WithDbAsync(db => db.UserRoles.Where(r => r.UserId == account.Id).ToListAsync()));
        using var newcomer = await SignInAsync("jcz.officer", StrongPassword);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    [InlineData("lbz.officer")]
    public async Task New_OtherRoles_Get403AndCreateNothing(string userName)
    {
        var unitId = await UnitIdAsync("江村镇人民政府");
        using var client = await SignInAsync(userName);

        var (get, _) = await client.GetPageAsync("/admin/accounts/new");
        var post = await client.PostFormAsync("/admin/accounts/new", Fields("jcz.officer", "张三", unitId, StrongPassword));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "jcz.officer")));
    }

    [Theory]
    [InlineData("short1A!", "密码至少 12 位")]
    [InlineData("alllowercaseletters", "至少 3 类")]
    [InlineData("Jcz.officer#2026", "密码不能包含账号名")]
    [InlineData("Shuangpai#2026x", "不能包含网站或平台名称")]
    public async Task New_WeakPassword_IsRefusedWithTheReason(string password, string reason)
    {
        var unitId = await UnitIdAsync("江村镇人民政府");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync("/admin/accounts/new", Fields("jcz.officer", "张三", unitId, password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(reason, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(reason, page.QuerySelector("#Input_Password-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "jcz.officer")));
    }

    [Theory]
    [InlineData("admin", "账号名“admin”已被使用")]
    [InlineData("王芳", "账号名“王芳”无效")]
    public async Task New_TakenOrInvalidUserName_IsRefusedBesideTheField(string userName, string reason)
    {
        var before = await WithDbAsync(db => db.Users.CountAsync());
        var unitId = await UnitIdAsync("江村镇人民政府");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync("/admin/accounts/new", Fields(userName, "张三", unitId, StrongPassword));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(reason, page.QuerySelector("#Input_UserName-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task New_MissingFields_AreListedInChinese()
    {
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync("/admin/accounts/new", new() { ["Input.UserName"] = "x.y" });

        var errors = (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")!.TextContent;
        Assert.Contains("请填写姓名", errors, StringComparison.Ordinal);
        Assert.Contains("请选择所属单位", errors, StringComparison.Ordinal);
        Assert.Contains("请设置初始密码", errors, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "x.y")));
    }

    private Task<int> UnitIdAsync(string name) => WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private static Dictionary<string, string> Fields(string userName, string displayName, int unitId, string password) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = displayName,
        ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };
}
