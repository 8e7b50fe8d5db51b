using System.Diagnostics;
using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Publishing.Serving;

public sealed class ReleaseServerSafetyTests(GovSitesFactory factory) : ServingTest(factory)
{
    private const string Secret = "SECRET-OUTSIDE-THE-RELEASE";

    [Theory]
    [InlineData("/sites/lbz/.release.json")]
    [InlineData("/sites/lbz/assets/.hidden")]
    [InlineData("/sites/lbz/_search.html")]
    public async Task Get_DotfileOrSearchShell_404(string path)
    {
        var files = SiteFiles();
        files["assets/.hidden"] = Secret;
        Publish("lbz", 1, files);

        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("\"number\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SymlinkOutOfTheRelease_404_SymlinkInside_Served()
    {
        var folder = Publish("lbz", 1, SiteFiles());
        File.WriteAllText(Path.Combine(Root, "secret.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(folder, "out.txt"), Path.Combine(Root, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(folder, "tzgg", "sneaky.txt"), "../../../secret.txt");
        File.CreateSymbolicLink(Path.Combine(folder, "copy.html"), "tzgg/123.html");

        var outside = await GetAsync("/sites/lbz/out.txt");
        var upward = await GetAsync("/sites/lbz/up/000001/index.html");
        var relative = await GetAsync("/sites/lbz/tzgg/sneaky.txt");
        var inside = await GetAsync("/sites/lbz/copy.html");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upward.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, relative.StatusCode);
        Assert.DoesNotContain(Secret, await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Contains("关于开展森林防火检查的通知", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sites/lbz/../../secret.txt")]
    [InlineData("/sites/lbz/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/sites/lbz/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/sites/lbz/..%2f..%2fsecret.txt")]
    [InlineData("/sites/lbz/..%2F..%2Fsecret.txt")]
    [InlineData("/sites/lbz/..%5c..%5csecret.txt")]
    [InlineData("/sites/lbz/..\\..\\secret.txt")]
    [InlineData("/sites/lbz/%252e%252e/secret.txt")]
    [InlineData("/sites/lbz/tzgg/..%00/secret.txt")]
    [InlineData("/sites/lbz//etc/passwd")]
    [InlineData("/sites/lbz/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/sites/../secret.txt")]
    public async Task RawTarget_Traversal_NeverLeavesTheRelease(string target)
    {
        Publish("lbz", 1, SiteFiles());
        File.WriteAllText(Path.Combine(Root, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(Root, "lbz", "secret.txt"), Secret);
        await using var host = await KestrelHost.StartAsync(Root);

        var (status, _, body) = await host.RawGetAsync(target);

        // 404 from the release, the app's 404 (Kestrel removed the dot segments), or Kestrel's 400 for a NUL.
        Assert.True(status is 404 or 400, $"{target} → {status}");
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawTarget_Kestrel_NoServerHeader()
    {
        Publish("lbz", 1, SiteFiles());
        await using var host = await KestrelHost.StartAsync(Root);

        var (status, head, body) = await host.RawGetAsync("/sites/lbz/");

        Assert.Equal(200, status);
        Assert.Contains("泷泊镇人民政府", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Server:", head, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Swap_CurrentReplacedByAnotherProcess_NewReleaseServedWithinASecond()
    {
        Publish("lbz", 1, SiteFiles("第一版"));
        Assert.Contains("第一版", await (await GetAsync("/sites/lbz/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var files = SiteFiles("第二版");
        files.Remove("tzgg/123.html");
        ReleaseFolders.Write(Root, "lbz", 2, files);

        ReleaseFolders.Activate(Root, "lbz", 2);
        var clock = Stopwatch.StartNew();
        string home;
        do
        {
            home = await (await GetAsync("/sites/lbz/")).Content.ReadAsStringAsync();
        }
        while (!home.Contains("第二版", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(5));
        var removed = await GetAsync("/sites/lbz/tzgg/123.html");

        Assert.Contains("第二版", home, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.2), $"seen after {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
    }
}
