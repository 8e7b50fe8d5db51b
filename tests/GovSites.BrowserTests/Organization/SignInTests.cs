using GovSites.BrowserTests.Fixture;
using Microsoft.Playwright;

namespace GovSites.BrowserTests.Organization;

[Collection(BrowserGroup.Name)]
public sealed class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_WithTheKeyboardOnly_ReachesTheRolesDashboard()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/signin");

        await page.Keyboard.PressAsync("Tab"); // skip link
        await page.Keyboard.PressAsync("Tab"); // brand
        await page.Locator("#UserName").FocusAsync();
        await page.Keyboard.TypeAsync("auditor");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(app.Passwords["auditor"]);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/admin");
        Assert.Contains("审计员", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await context.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_OnAPhoneWidth_HasNoHorizontalScroll()
    {
        var page = await app.SignInAsync("admin");
        await page.SetViewportSizeAsync(375, 740);
        await page.ReloadAsync();

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");

        Assert.False(overflow);
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task AdminPages_RunUnderTheContentSecurityPolicy_WithoutViolations()
    {
        var page = await app.SignInAsync("admin");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var path in new[] { "/admin/signin", "/admin", "/admin/password", "/admin/sites", "/admin/sites/1", "/admin/units", "/admin/accounts", "/admin/articles", "/admin/review/chains", "/admin/settings/video-hosts" })
        {
            await page.GotoAsync(path);
        }

        Assert.Empty(violations);
        await page.Context.DisposeAsync();
    }
}
