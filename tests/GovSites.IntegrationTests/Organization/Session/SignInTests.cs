using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Session;

public sealed class SignInTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task SignIn_WrongPassword_StaysOnThePageWithAChineseMessage()
    {
        using var client = Anonymous();

        var response = await client.PostFormAsync("/admin/signin", new() { ["UserName"] = "lbz.officer", ["Password"] = "Wrong-password-123" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("账号或密码不正确", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        using var client = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/admin/signin", new() { ["UserName"] = "lbz.officer", ["Password"] = $"Wrong-password-{i}" });
        }

        var response = await client.PostFormAsync("/admin/signin", new() { ["UserName"] = "lbz.officer", ["Password"] = Factory.Passwords["lbz.officer"] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("锁定 30 分钟", (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        var lockoutEnd = await WithDbAsync(db => db.Users.Where(u => u.UserName == "lbz.officer").Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - Factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31));
    }

    [Fact]
    public async Task SignIn_FourFailuresThenSuccess_DoesNotLock()
    {
        using var client = Anonymous();
        for (var i = 0; i < 4; i++)
        {
            await client.PostFormAsync("/admin/signin", new() { ["UserName"] = "lbz.officer", ["Password"] = $"Wrong-password-{i}" });
        }

        await client.SignInAsync("lbz.officer", Factory.Passwords["lbz.officer"]);

        var (response, _) = await client.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminPage_Anonymous_RedirectsToSignIn()
    {
        using var client = Anonymous();

        var response = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_Answers401NotARedirect()
    {
        using var client = Anonymous();

        var response = await client.Http.GetAsync(new Uri("/api/v1/sites", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_OldCookieCopy_NoLongerWorks()
    {
        using var client = await SignInAsync("lbz.officer");
        var cookie = client.CookieHeader();

        await client.PostFormAsync("/admin/signout", [], "/admin/signout");

        using var replay = Anonymous();
        replay.Http.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await replay.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
