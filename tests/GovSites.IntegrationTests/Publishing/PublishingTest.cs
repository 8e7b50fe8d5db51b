using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Jobs;
using GovSites.Modules.Templates;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Publishing;

/// <summary>A publishing test: its own empty releases folder, and the publisher run on demand.</summary>
public abstract class PublishingTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    private string? previousRoot;

    protected string Root { get; } = Directory.CreateTempSubdirectory("govsites-publish-").FullName;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var options = Factory.Services.GetRequiredService<PublishingOptions>();
        previousRoot = options.ReleasesDirectory;
        options.ReleasesDirectory = Root;
    }

    public override async ValueTask DisposeAsync()
    {
        Factory.Services.GetRequiredService<PublishingOptions>().ReleasesDirectory = previousRoot!;
        Directory.Delete(Root, recursive: true);
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>One round of the worker: jobs for due events, then every job that can run.</summary>
    protected async Task PublishDueAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await PublishWorker.RunDueAsync(scope.ServiceProvider, CancellationToken.None);
    }

    /// <summary>Queues and runs one job of a site; returns it as it ended.</summary>
    protected async Task<PublishJob> RunJobAsync(string siteKey, PublishJobKind kind, int? target = null)
    {
        var siteId = await SiteIdAsync(siteKey);
        long jobId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            jobId = (await scope.ServiceProvider.GetRequiredService<PublishJobs>().QueueAsync(siteId, kind, null, target, CancellationToken.None)).Id;
        }

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunNextAsync(jobId, null, CancellationToken.None);
        }

        return await WithDbAsync(db => db.Set<PublishJob>().AsNoTracking().SingleAsync(j => j.Id == jobId));
    }

    /// <summary>An article approved as the review does it: live revision, and the Published event in the same save.</summary>
    protected Task<int> ApproveNewAsync(string siteKey, string channelKey, string title, TimeSpan delay) => WithDbAsync(async db =>
    {
        var now = Factory.Clock.GetUtcNow();
        var siteId = await db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync();
        var channel = await db.Channels.Where(c => c.SiteId == siteId && c.Key == channelKey).Select(c => new { c.Id, c.SiteId }).SingleAsync();
        var article = new Article { SiteId = channel.SiteId, ChannelId = channel.Id, Title = title, Body = $"<p>{title}正文。</p>", PublishAt = delay > TimeSpan.Zero ? now + delay : null, RevisionNumber = 1, CreatedAt = now, UpdatedAt = now };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        var revision = ArticleRevision.Of(article, 1, isAutosave: false, savedById: null, savedAt: now);
        db.Add(revision);
        await db.SaveChangesAsync();
        article.Submit();
        article.Approve(revision.Id, now);
        db.Add(new ArticleEvent { ArticleId = article.Id, SiteId = article.SiteId, Kind = ArticleEventKind.Published, RevisionId = revision.Id, DueAt = article.PublishedAt!.Value, CreatedAt = now });
        await db.SaveChangesAsync();
        return article.Id;
    });

    protected Task<int> SiteIdAsync(string key) => WithDbAsync(db => db.Sites.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());

    protected string Current(string siteKey) => Path.Combine(Root, siteKey, "current");

    protected string LiveFile(string siteKey, string path) => Path.Combine(Current(siteKey), path);

    protected string ReadLive(string siteKey, string path) => File.ReadAllText(LiveFile(siteKey, path));

    /// <summary>Every file of the live release with its bytes (manifest excluded).</summary>
    protected Dictionary<string, byte[]> Snapshot(string siteKey)
    {
        var root = Path.GetFullPath(Path.Combine(Root, siteKey, new FileInfo(Current(siteKey)).LinkTarget!));
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ReleasePaths.ManifestFile)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    protected ThemeFailures Failures => Factory.Services.GetRequiredService<ThemeFailures>();

    protected static Task<T> InDbAsync<T>(GovSitesDbContext db, Func<GovSitesDbContext, Task<T>> action) => action(db);
}

/// <summary>Lets a test make one template fail, through the registered <see cref="IThemeRenderer"/> (the real theme).</summary>
public sealed class ThemeFailures
{
    public TemplateName? Failing { get; set; }
}
