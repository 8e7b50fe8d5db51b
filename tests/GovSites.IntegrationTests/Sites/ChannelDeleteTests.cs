using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/Channels/Delete: <c>/admin/channels/{id}/delete</c>.</summary>
public sealed class ChannelDeleteTests(GovSitesFactory factory) : SitesTest(factory)
{
    [Fact]
    public async Task Delete_EmptyChannel_DeletedAfterConfirmation()
    {
        var channel = await ChannelAsync("lbz", "hdjl");
        using var client = await SignInAsync("admin");

        var (page, document) = await client.GetPageAsync($"/admin/channels/{channel.Id}/delete");
        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}/delete", new() { ["Version"] = Text(channel.Version) });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("互动交流", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await WithDbAsync(db => db.Channels.AnyAsync(c => c.Id == channel.Id)));
    }

    [Fact]
    public async Task Delete_ChannelWithChildChannels_Refused()
    {
        var channel = await ChannelAsync("lbz", "zfxxgk");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}/delete", new() { ["Version"] = Text(channel.Version) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该栏目下还有下级栏目，不能删除。", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Delete_ChannelWithArticles_Refused()
    {
        // The demo's reference document (双政办发〔2008〕25号) is in the portal's 政策文件.
        var channel = await ChannelAsync("portal", "zcwj");
        Assert.True(await WithDbAsync(db => db.Articles.AnyAsync(a => a.ChannelId == channel.Id)));
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}/delete", new() { ["Version"] = Text(channel.Version) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该栏目下还有信息，不能删除。", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Delete_ChangedSinceTheConfirmationWasShown_Refused()
    {
        var channel = await ChannelAsync("lbz", "hdjl");
        await WithDbAsync(db => db.Channels.Where(c => c.Id == channel.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Name, "互动").SetProperty(c => c.Version, channel.Version + 1)));
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}/delete", new() { ["Version"] = Text(channel.Version) });

        Assert.Contains(Conflict, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    public async Task Delete_RoleThatMayOnlyRead_ForbiddenOnGetAndPost(string account)
    {
        var channel = await ChannelAsync("lbz", "hdjl");
        var before = await SnapshotAsync();
        using var client = await SignInAsync(account);

        var (get, _) = await client.GetPageAsync($"/admin/channels/{channel.Id}/delete");
        var post = await client.PostFormAsync($"/admin/channels/{channel.Id}", new() { ["Version"] = Text(channel.Version) }, $"/admin/channels/{channel.Id}/delete");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Delete_InfoOfficerGuessingAnotherUnitsChannel_NotFound()
    {
        var channel = await ChannelAsync("jyj", "hdjl");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("lbz.officer");

        var (get, _) = await client.GetPageAsync($"/admin/channels/{channel.Id}/delete");
        var post = await client.PostFormAsync("/admin/sites", new() { ["Version"] = Text(channel.Version) }, $"/admin/channels/{channel.Id}/delete");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }
}
