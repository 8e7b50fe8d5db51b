using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Session;

public sealed class ChangePasswordTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private const string NewPassword = "Qingshan#Lushui-2026";

    private static Dictionary<string, string> Form(string current, string next) =>
        new() { ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = next };

    [Fact]
    public async Task ChangePassword_StrongNewPassword_SignsInWithItAndKeepsTheOldHashInHistory()
    {
        using var client = await SignInAsync("lbz.officer");

        var response = await client.PostFormAsync("/admin/password", Form(Factory.Passwords["lbz.officer"], NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var again = await SignInAsync("lbz.officer", NewPassword);
        Assert.Equal(1, await WithDbAsync(db => db.Set<GovSites.Modules.Organization.Passwords.PasswordHistoryEntry>().CountAsync()));
    }

    [Theory]
    [InlineData("short1A!", "至少 12 位")]
    [InlineData("alllowercaseletters", "至少 3 类")]
    [InlineData("Password1234", "常见弱密码")]
    public async Task ChangePassword_WeakPassword_IsRefusedWithTheReasonAndChangesNothing(string weak, string reason)
    {
        using var client = await SignInAsync("lbz.officer");
        var before = await WithDbAsync(db => db.Users.Where(u => u.UserName == "lbz.officer").Select(u => u.PasswordHash).SingleAsync());

        var response = await client.PostFormAsync("/admin/password", Form(Factory.Passwords["lbz.officer"], weak));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Users.Where(u => u.UserName == "lbz.officer").Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task ChangePassword_ReusingOneOfTheLastFive_IsRefused()
    {
        using var client = await SignInAsync("lbz.officer");
        var current = Factory.Passwords["lbz.officer"];
        string[] sequence = ["Qingshan#Lushui-2026", "Xiaoshui@River-2026", "Yangming+Shan-2026"];
        foreach (var next in sequence)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/admin/password", Form(current, next))).StatusCode);
            current = next;
        }

        var response = await client.PostFormAsync("/admin/password", Form(current, Factory.Passwords["lbz.officer"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("最近 5 次", (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_PasswordOlderThan90Days_RedirectsToChangePassword()
    {
        await WithDbAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.UserName == "lbz.officer");
            account.PasswordChangedAt = Factory.Clock.GetUtcNow().AddDays(-91);
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("lbz.officer");

        var response = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/password?expired=true", response.Headers.Location!.OriginalString);
    }
}
