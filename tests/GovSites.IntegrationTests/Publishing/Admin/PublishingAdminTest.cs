using System.Globalization;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Publishing.Admin;

/// <summary>A test of the publishing admin page: release folders laid out on disk as the publisher leaves them, and the queued jobs.</summary>
public abstract class PublishingAdminTest(GovSitesFactory factory) : PublishingTest(factory)
{
    protected const string PagePath = "/admin/publishing";

    /// <summary>Complete releases <paramref name="numbers"/> of a site (manifest written) with their rows, <paramref name="live"/> behind <c>current</c>.</summary>
    protected async Task ReleasesAsync(string siteKey, int live, params int[] numbers)
    {
        var siteId = await SiteIdAsync(siteKey);
        foreach (var number in numbers)
        {
            var directory = Path.Combine(Root, siteKey, number.ToString("D6", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, "index.html"), "<!DOCTYPE html>");
            await File.WriteAllTextAsync(
                Path.Combine(directory, ReleasePaths.ManifestFile),
                $$"""{"site":"{{siteKey}}","number":{{number}},"previous":null,"full":true,"changed":["index.html"],"removed":[]}""");
        }

        File.CreateSymbolicLink(Current(siteKey), live.ToString("D6", CultureInfo.InvariantCulture));
        await WithDbAsync(async db =>
        {
            foreach (var number in numbers)
            {
                db.Add(new Release { SiteId = siteId, Number = number, CreatedAt = Factory.Clock.GetUtcNow(), Full = number == 1, FileCount = 40 + number, ThemeFingerprint = "test" });
            }

            await db.SaveChangesAsync();
        });
    }

    /// <summary>A release folder the publisher was writing when it was killed: no manifest, never offered.</summary>
    protected void IncompleteRelease(string siteKey, int number) =>
        Directory.CreateDirectory(Path.Combine(Root, siteKey, number.ToString("D6", CultureInfo.InvariantCulture)));

    protected Task<List<PublishJob>> JobsAsync() => WithDbAsync(db => db.Set<PublishJob>().AsNoTracking().OrderBy(j => j.Id).ToListAsync());

    protected Task<int> AccountIdAsync(string userName) => WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
