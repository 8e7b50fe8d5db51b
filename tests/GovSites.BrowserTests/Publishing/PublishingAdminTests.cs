using GovSites.BrowserTests.Fixture;
using Microsoft.Playwright;

namespace GovSites.BrowserTests.Publishing;

/// <summary>The publishing admin page with its script: confirmation, and progress followed without reloading by hand.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PublishingAdminTests(BrowserApp app)
{
    [Fact]
    public async Task Republish_ThenRollbackConfirmed_PageFollowsTheJobsToTheirEnd()
    {
        await PublishedCounty.WaitUntilPublishedAsync(app);
        var page = await app.SignInAsync("admin");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync("/admin/publishing");
        var lbz = page.Locator("tbody tr", new() { HasText = "lbz" });

        await lbz.GetByRole(AriaRole.Button, new() { Name = "重新发布本站" }).ClickAsync();

        // No manual reload: publishing.js polls the progress and reloads the page when the job is done.
        var newest = page.Locator("#recent-jobs tbody tr").First;
        await Assertions.Expect(newest.Locator("td[data-label=状态]")).ToContainTextAsync("已完成", new() { Timeout = 240_000 });
        var live = await lbz.Locator("td[data-label=当前版本] strong").InnerTextAsync();
        var rollback = lbz.GetByRole(AriaRole.Button, new() { Name = "回滚到此版本" }).First;

        // A dismissed confirmation posts nothing.
        page.Dialog += DismissOnce;
        await rollback.ClickAsync();
        Assert.Equal(live, await lbz.Locator("td[data-label=当前版本] strong").InnerTextAsync());

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await rollback.ClickAsync();
        await Assertions.Expect(page.Locator("#recent-jobs tbody tr").First.Locator("td[data-label=类型]")).ToContainTextAsync("版本回退");
        await Assertions.Expect(page.Locator("#recent-jobs tbody tr").First.Locator("td[data-label=状态]")).ToContainTextAsync("已完成", new() { Timeout = 240_000 });
        Assert.NotEqual(live, await lbz.Locator("td[data-label=当前版本] strong").InnerTextAsync());
        Assert.Empty(violations);
        await page.Context.DisposeAsync();

        void DismissOnce(object? sender, IDialog dialog)
        {
            page.Dialog -= DismissOnce;
            _ = dialog.DismissAsync();
        }
    }
}
