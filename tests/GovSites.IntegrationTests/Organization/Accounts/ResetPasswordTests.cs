using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Organization.Accounts;

public sealed class ResetPasswordTests(GovSitesFactory factory) : AccountTest(factory)
{
    [Fact]
    public async Task Reset_PlatformAdmin_SetsTheNewPasswordAndEndsTheOldSession()
    {
        var officer = await AccountAsync("lbz.officer");
        using var session = await SignInAsync("lbz.officer");
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/accounts/{officer.Id}/password", Fields(NewTests.StrongPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await TrySignInAsync("lbz.officer", NewTests.StrongPassword));
        Assert.Equal(HttpStatusCode.OK, await TrySignInAsync("lbz.officer", Factory.Passwords["lbz.officer"]));
        var (after, _) = await session.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory]
    [InlineData("Short1!", "密码至少 12 位")]
    [InlineData("Lbz.Officer#2026", "密码不能包含账号名")]
    public async Task Reset_WeakPassword_IsRefusedWithTheReasonAndNothingChanges(string password, string reason)
    {
        var officer = await AccountAsync("lbz.officer");
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/accounts/{officer.Id}/password", Fields(password));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(reason, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(reason, page.QuerySelector("#NewPassword-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(officer.PasswordHash, (await AccountAsync("lbz.officer")).PasswordHash);
    }

    [Fact]
    public async Task Reset_ToTheCurrentPassword_IsRefusedByTheHistoryRule()
    {
        var officer = await AccountAsync("lbz.officer");
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/accounts/{officer.Id}/password", Fields(Factory.Passwords["lbz.officer"]));

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("不能与当前密码或最近 5 次", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    [InlineData("lbz.reviewer")]
    public async Task Reset_OtherRoles_Get403AndNothingChanges(string userName)
    {
        var officer = await AccountAsync("lbz.officer");
        using var client = await SignInAsync(userName);

        var (get, _) = await client.GetPageAsync($"/admin/accounts/{officer.Id}/password");
        var post = await client.PostFormAsync($"/admin/accounts/{officer.Id}/password", Fields(NewTests.StrongPassword));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(officer.PasswordHash, (await AccountAsync("lbz.officer")).PasswordHash);
    }

    [Fact]
    public async Task Reset_OwnPassword_Gets403()
    {
        var admin = await AccountAsync("admin");
        using var client = await SignInAsync("admin");
        var (response, _) = await client.GetPageAsync($"/admin/accounts/{admin.Id}/password");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reset_UnknownId_Returns404()
    {
        using var client = await SignInAsync("admin");
        var (response, _) = await client.GetPageAsync("/admin/accounts/999999/password");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string> Fields(string password) => new() { ["NewPassword"] = password, ["ConfirmPassword"] = password };
}
