using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Publishing.Serving;

/// <summary>A serving test: its own empty releases folder, swapped into the running host, and a client that can name the host.</summary>
public abstract class ServingTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    private string? previousRoot;

    protected string Root { get; } = Directory.CreateTempSubdirectory("govsites-releases-").FullName;

    protected HttpClient Http { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var options = Factory.Services.GetRequiredService<PublishingOptions>();
        previousRoot = options.ReleasesDirectory;
        options.ReleasesDirectory = Root;
        Factory.Services.GetRequiredService<SiteHosts>().Invalidate(); // the database was reset to the demo county
        Http = Factory.CreateDefaultClient(new Uri("http://localhost"));
    }

    public override async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Factory.Services.GetRequiredService<PublishingOptions>().ReleasesDirectory = previousRoot!;
        Directory.Delete(Root, recursive: true);
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<HttpResponseMessage> GetAsync(string path, string? host = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Writes release <paramref name="number"/> of a site and makes it live.</summary>
    protected string Publish(string siteKey, int number, Dictionary<string, string> files)
    {
        var folder = ReleaseFolders.Write(Root, siteKey, number, files);
        ReleaseFolders.Activate(Root, siteKey, number);
        return folder;
    }

    protected static Dictionary<string, string> SiteFiles(string title = "泷泊镇人民政府") => new()
    {
        ["index.html"] = ReleaseFolders.Page(title),
        ["tzgg/index.html"] = ReleaseFolders.Page("通知公告"),
        ["tzgg/123.html"] = ReleaseFolders.Page("关于开展森林防火检查的通知"),
        ["404.html"] = ReleaseFolders.Page("页面不存在（本站）"),
        ["rss.xml"] = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>泷泊镇</title></channel></rss>",
        ["sitemap.xml"] = "<?xml version=\"1.0\" encoding=\"utf-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>",
        ["assets/site.css"] = "body { font-family: sans-serif; color: #222; }\n" + string.Concat(Enumerable.Repeat(".notice { margin: 0 auto; padding: 1em; }\n", 20)),
        ["assets/site.js"] = "document.documentElement.classList.add('js');\n",
        ["assets/logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>",
        ["files/55.pdf"] = "%PDF-1.4 fake",
        ["files/56.docx"] = "PK fake",
        ["files/57.png"] = "\u0089PNG fake",
        ["_search.html"] = ReleaseFolders.Page("搜索"),
    };
}
