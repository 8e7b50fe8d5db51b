using System.Diagnostics;
using System.Globalization;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Publishing;

/// <summary>
/// Issue 4, bad input: the disk fills up, the release folder cannot be written, a channel is missing. Each
/// time the job fails visibly (its error and a retry with back-off), the live release stays as it was,
/// nothing half-written is left, and the next publish after the cause is fixed succeeds. The releases
/// folder is a real file system of its own (tmpfs), so the kernel itself refuses the writes.
/// </summary>
public sealed class PublishFailureTests(GovSitesFactory factory) : PublishingTest(factory)
{
    private const string Roomy = "size=64m";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Mount("-t", "tmpfs", "-o", Roomy, "tmpfs", Root);
    }

    public override async ValueTask DisposeAsync()
    {
        Mount("-o", "remount,rw," + Roomy, Root);
        Run("umount", "--lazy", Root);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Publish_DiskFull_FailsVisiblyKeepsTheLiveReleaseAndSucceedsOnceThereIsRoom()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var before = Snapshot("lbz");
        var id = await ApproveNewAsync("lbz", "tzgg", "磁盘已满时批准的通知", TimeSpan.Zero);
        // Room for the hard links of the new release, not for the pages it rewrites (article, lists, home, feeds).
        var drive = new DriveInfo(Root);
        Mount("-o", $"remount,size={drive.TotalSize - drive.AvailableFreeSpace + 8192}", Root);

        await PublishDueAsync();

        await AssertFailedAndUnchangedAsync(before, "磁盘已满");
        // A full build renders in parallel; its error must read as plainly.
        var full = await RunJobAsync("jcz", PublishJobKind.Full);
        Assert.StartsWith("写入发布文件失败（磁盘已满", full.LastError, StringComparison.Ordinal);
        Assert.Null(new FileInfo(Current("jcz")).LinkTarget);
        Mount("-o", "remount," + Roomy, Root);
        await RetryAsync();
        Assert.True(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));
    }

    [Fact]
    public async Task Publish_ReleaseFolderNotWritable_FailsVisiblyKeepsTheLiveReleaseAndSucceedsOnceWritable()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var before = Snapshot("lbz");
        var id = await ApproveNewAsync("lbz", "tzgg", "目录不可写时批准的通知", TimeSpan.Zero);
        // Tests run as root, whom file modes do not stop; a read-only mount stops everyone.
        Mount("-o", "remount,ro", Root);

        await PublishDueAsync();

        Mount("-o", "remount,rw," + Roomy, Root);
        await AssertFailedAndUnchangedAsync(before, "写入发布文件失败");
        await RetryAsync();
        Assert.True(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));
    }

    [Fact]
    public async Task Publish_ChannelMissing_FailsWithTheReasonKeepsTheLiveReleaseAndSucceedsOnceFixed()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        var before = Snapshot("lbz");
        var id = await ApproveNewAsync("lbz", "tzgg", "栏目缺失时批准的通知", TimeSpan.Zero);
        // The article points at a channel the site does not have (another site's): the publisher must refuse.
        var (own, foreign) = await WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            var other = await db.Channels.Where(c => c.SiteId != article.SiteId).Select(c => c.Id).FirstAsync();
            return (article.ChannelId, other);
        });
        await SetChannelAsync(id, foreign);

        await PublishDueAsync();

        await AssertFailedAndUnchangedAsync(before, "栏目（编号 " + foreign.ToString(CultureInfo.InvariantCulture) + "）不存在或已不属于本站点");
        await SetChannelAsync(id, own);
        await RetryAsync();
        Assert.True(File.Exists(LiveFile("lbz", $"tzgg/{id}.html")));
    }

    private async Task AssertFailedAndUnchangedAsync(Dictionary<string, byte[]> before, string error)
    {
        var lbz = await SiteIdAsync("lbz");
        var failed = await WithDbAsync(db => db.Set<PublishJob>().AsNoTracking().Where(j => j.SiteId == lbz).OrderByDescending(j => j.Id).FirstAsync());
        Assert.Equal(PublishJobState.Queued, failed.State);
        Assert.Contains(error, failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > Factory.Clock.GetUtcNow(), "失败的发布任务没有安排重试");

        var after = Snapshot("lbz");
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.Equal(["000001", "current"], Directory.GetFileSystemEntries(Path.Combine(Root, "lbz")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Current("lbz"), "*.tmp*", SearchOption.AllDirectories));
    }

    /// <summary>The retry after the back-off, as the worker would run it.</summary>
    private async Task RetryAsync()
    {
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await PublishDueAsync();
    }

    private Task<int> SetChannelAsync(int articleId, int channelId) =>
        WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ChannelId, channelId)));

    private static void Mount(params string[] arguments) => Run("mount", arguments);

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {error}");
    }
}
