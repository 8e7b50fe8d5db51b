using System.Globalization;
using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Accounts;

public sealed class EditTests(GovSitesFactory factory) : AccountTest(factory)
{
    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    public async Task Edit_ReadOnlyRoles_SeeTheAccountWithoutFormsAndGet403OnPost(string userName)
    {
        var funds = await AccountAsync("funds");
        using var client = await SignInAsync(userName);

        var (get, page) = await client.GetPageAsync($"/admin/accounts/{funds.Id}");
        var post = await client.PostFormAsync($"/admin/accounts/{funds.Id}", Fields("改名", funds.UnitId, funds.Version));
        var disable = await client.PostFormAsync($"/admin/accounts/{funds.Id}", [], $"/admin/accounts/{funds.Id}?handler=Disable");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("资金核验员", page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        var after = await AccountAsync("funds");
        Assert.Equal(("杨春梅", false), (after.DisplayName, after.IsDisabled));
    }

    [Theory]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    public async Task Edit_OtherRoles_Get403(string userName)
    {
        var funds = await AccountAsync("funds");
        using var client = await SignInAsync(userName);
        var (response, _) = await client.GetPageAsync($"/admin/accounts/{funds.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Edit_UnknownId_Returns404()
    {
        using var client = await SignInAsync("admin");
        var (response, _) = await client.GetPageAsync("/admin/accounts/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Edit_PlatformAdmin_ChangesNameAndUnit()
    {
        var funds = await AccountAsync("funds");
        var office = await UnitIdAsync("双牌县人民政府办公室");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/accounts/{funds.Id}", Fields("杨春梅（会计中心）", office, funds.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await AccountAsync("funds");
        Assert.Equal(("杨春梅（会计中心）", office, funds.Version + 1), (after.DisplayName, after.UnitId, after.Version));
    }

    [Fact]
    public async Task Edit_UnitOfAnAccountWithGrants_IsRefusedAndNothingChanges()
    {
        var officer = await AccountAsync("lbz.officer");
        var other = await UnitIdAsync("江村镇人民政府");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/accounts/{officer.Id}", Fields("王芳", other, officer.Version));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("请安全管理员先移除这些授权", page.QuerySelector("#Input_UnitId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(officer.UnitId, (await AccountAsync("lbz.officer")).UnitId);
    }

    [Fact]
    public async Task Edit_TwoEditsFromTheSameVersion_SecondGetsTheConflictMessageAndTheFirstStays()
    {
        var funds = await AccountAsync("funds");
        using var client = await SignInAsync("admin");

        var first = await client.PostFormAsync($"/admin/accounts/{funds.Id}", Fields("杨春梅甲", funds.UnitId, funds.Version));
        var second = await client.PostFormAsync($"/admin/accounts/{funds.Id}", Fields("杨春梅乙", funds.UnitId, funds.Version));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(second);
        Assert.Contains("该记录已被他人修改，请刷新后重新编辑。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("杨春梅甲", (await AccountAsync("funds")).DisplayName);
    }

    [Fact]
    public async Task Disable_EndsTheLiveSessionOfThatAccountAndItsSignIn()
    {
        var officer = await AccountAsync("lbz.officer");
        using var session = await SignInAsync("lbz.officer");
        var (before, _) = await session.GetPageAsync("/admin");
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/accounts/{officer.Id}", [], $"/admin/accounts/{officer.Id}?handler=Disable");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await AccountAsync("lbz.officer")).IsDisabled);
        var (after, _) = await session.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/signin", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await TrySignInAsync("lbz.officer", Factory.Passwords["lbz.officer"]));
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        var admin = await AccountAsync("admin");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/accounts/{admin.Id}", [], $"/admin/accounts/{admin.Id}?handler=Disable");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("不能停用自己的账号", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.False((await AccountAsync("admin")).IsDisabled);
    }

    [Fact]
    public async Task Enable_DisabledAccount_CanSignInAgain()
    {
        var officer = await AccountAsync("lbz.officer");
        await WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == officer.Id)).IsDisabled = true;
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/accounts/{officer.Id}", [], $"/admin/accounts/{officer.Id}?handler=Enable");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await TrySignInAsync("lbz.officer", Factory.Passwords["lbz.officer"]));
    }

    [Fact]
    public async Task Unlock_LockedAccount_CanSignInAgain()
    {
        var officer = await AccountAsync("lbz.officer");
        await WithDbAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.Id == officer.Id);
            account.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(25);
            account.AccessFailedCount = 5;
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, await TrySignInAsync("lbz.officer", Factory.Passwords["lbz.officer"]));
        using var client = await SignInAsync("admin");
        var (page, document) = await client.GetPageAsync($"/admin/accounts/{officer.Id}");
        Assert.Contains("已锁定", document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/admin/accounts/{officer.Id}", [], $"/admin/accounts/{officer.Id}?handler=Unlock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await AccountAsync("lbz.officer");
        Assert.Equal((null, 0), (after.LockoutEnd, after.AccessFailedCount));
        Assert.Equal(HttpStatusCode.Redirect, await TrySignInAsync("lbz.officer", Factory.Passwords["lbz.officer"]));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static Dictionary<string, string> Fields(string displayName, int unitId, int version) => new()
    {
        ["Input.DisplayName"] = displayName,
        ["Input.UnitId"] = unitId.ToString(CultureInfo.InvariantCulture),
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };
}
