using System.Globalization;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace GovSites.IntegrationTests.Publishing;

/// <summary>Where in a release the publisher is killed: the moments a crash can fall on, as seen from the releases folder.</summary>
public enum KillPoint
{
    /// <summary>The first new release folder exists (its links or first pages being written).</summary>
    NewFolder,

    /// <summary>A new release holds a few pages.</summary>
    FewPages,

    /// <summary>A new release holds half the pages of the one it replaces.</summary>
    HalfThePages,

    /// <summary>A new release's manifest is being written or was just written: right around the swap.</summary>
    Manifest,

    /// <summary>The first site was just swapped (pruning old releases, notifying search).</summary>
    AfterSwap,

    /// <summary>The first site was swapped and the next one is being written.</summary>
    SecondSite,
}

/// <summary>
/// Issue 4, "releases are atomic": <c>kill -9</c> of the publisher process at any moment leaves every site
/// serving exactly one complete release, and the next publish cleans up and succeeds.
/// </summary>
public sealed class KilledPublishTests(GovSitesFactory factory) : PublishingTest(factory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

    private const string LeftoverMark = ".left-by-a-killed-publisher";

    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> liveAtStart = new(StringComparer.Ordinal);

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("govsites-publisher-").FullName;

    [Fact]
    public async Task Publish_KilledAtSeveralMoments_ServesOneCompleteReleaseAndNextPublishSucceeds()
    {
        var sites = await WithDbAsync(db => db.Sites.Select(s => s.Key).ToListAsync());
        await PublishToEndAsync();
        var baseline = sites.ToDictionary(s => s, s => ServedTree.LiveNumber(Root, s)!.Value);
        var baselineFiles = sites.ToDictionary(s => s, s => Directory.EnumerateFiles(Current(s), "*", SearchOption.AllDirectories).Count());

        // One publisher after the other, each killed later in its run; each starts on what the previous one left.
        foreach (var point in Enum.GetValues<KillPoint>())
        {
            MarkLeftovers(sites);
            using var publisher = Start();
            var caught = await WaitForAsync(publisher, () => Reached(point, sites, baselineFiles));
            publisher.Kill();
            var report = $"Killed at {point} ({(caught ? "caught" : "missed: the publisher had already exited")}); live: "
                + string.Join(", ", sites.Select(s => $"{s}={ServedTree.LiveNumber(Root, s)}"));
            TestContext.Current.TestOutputHelper?.WriteLine(report);
            Assert.True(caught || point == KillPoint.Manifest, $"{report}\nPublisher output:\n{publisher.Output}");

            var problems = sites.SelectMany(s => ServedTree.Problems(Root, s)).ToList();
            Assert.True(problems.Count == 0, $"{string.Join('\n', problems)}\n{report}\nPublisher output:\n{publisher.Output}");
            Assert.All(sites, s => Assert.True(ServedTree.LiveNumber(Root, s) >= baseline[s], report));
        }

        await PublishToEndAsync();

        Assert.Empty(sites.SelectMany(s => ServedTree.Problems(Root, s).Concat(ServedTree.Leftovers(Root, s))));
        Assert.All(sites, s => Assert.True(ServedTree.LiveNumber(Root, s) > baseline[s], $"{s} was not republished"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private PublisherProcess Start() =>
        PublisherProcess.Start(Factory.Database, dataDirectory, Root, "publish", "--all", "--full");

    private async Task PublishToEndAsync()
    {
        using var publisher = Start();
        var exit = await publisher.WaitAsync(Timeout);
        Assert.True(exit == 0, $"publish --all --full exited with {exit}. Output:\n{publisher.Output}");
    }

    /// <summary>Polls the releases folder until <paramref name="reached"/>; false when the publisher exited first.</summary>
    private static async Task<bool> WaitForAsync(PublisherProcess publisher, Func<bool> reached)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (reached())
            {
                return true;
            }

            if (publisher.HasExited)
            {
                return false;
            }

            await Task.Delay(1);
        }

        throw new TimeoutException($"The publisher never reached the kill point. Output:\n{publisher.Output}");
    }

    private bool Reached(KillPoint point, List<string> sites, Dictionary<string, int> baselineFiles)
    {
        var started = sites.Select(s => (Site: s, Folder: NewFolder(s))).Where(n => n.Folder is not null).ToList();
        return point switch
        {
            KillPoint.NewFolder => started.Count > 0,
            KillPoint.FewPages => started.Any(n => FileCount(n.Folder!) >= 5),
            KillPoint.HalfThePages => started.Any(n => FileCount(n.Folder!) >= baselineFiles[n.Site] / 2),
            KillPoint.Manifest => started.Any(n => File.Exists(Path.Combine(n.Folder!, ReleasePaths.ManifestFile + ".tmp"))
                || File.Exists(Path.Combine(n.Folder!, ReleasePaths.ManifestFile))),
            KillPoint.AfterSwap => sites.Any(s => ServedTree.LiveNumber(Root, s) > liveAtStart[s]),
            KillPoint.SecondSite => started.Count > 0 && sites.Any(s => ServedTree.LiveNumber(Root, s) > liveAtStart[s]),
            _ => throw new ArgumentOutOfRangeException(nameof(point)),
        };
    }

    /// <summary>
    /// Marks what the previous kill left (folders without a manifest): the next publisher deletes them and may
    /// start its release under the same number, which must not be mistaken for progress.
    /// </summary>
    private void MarkLeftovers(List<string> sites)
    {
        known.Clear();
        foreach (var site in sites)
        {
            liveAtStart[site] = ServedTree.LiveNumber(Root, site) ?? 0;
            foreach (var folder in Numbered(site).Select(n => Folder(site, n)))
            {
                if (File.Exists(Path.Combine(folder, ReleasePaths.ManifestFile)))
                {
                    known.Add(folder); // complete but never swapped in (killed right after its manifest): kept, not new
                }
                else
                {
                    File.WriteAllText(Path.Combine(folder, LeftoverMark), "");
                }
            }
        }
    }

    /// <summary>The release folder a running publisher is writing or has just completed (newer than the live one, not a leftover).</summary>
    private string? NewFolder(string site)
    {
        var live = ServedTree.LiveNumber(Root, site) ?? 0;
        return Numbered(site).Where(n => n > live).Order().Select(n => Folder(site, n))
            .LastOrDefault(f => !known.Contains(f) && !File.Exists(Path.Combine(f, LeftoverMark)));
    }

    private string Folder(string site, int number) => Path.Combine(Root, site, number.ToString("D6", CultureInfo.InvariantCulture));

    private List<int> Numbered(string site)
    {
        var directory = Path.Combine(Root, site);
        return Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory).Select(Path.GetFileName)
                .Where(n => n is { Length: 6 } && n.All(char.IsAsciiDigit)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture)).ToList()
            : [];
    }

    private static int FileCount(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        }
        catch (DirectoryNotFoundException)
        {
            return 0;
        }
    }
}
