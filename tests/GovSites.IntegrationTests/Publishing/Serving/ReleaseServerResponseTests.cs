using System.IO.Compression;
using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Publishing.Serving;

public sealed class ReleaseServerResponseTests(GovSitesFactory factory) : ServingTest(factory)
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8", "public, max-age=60")]
    [InlineData("rss.xml", "application/xml; charset=utf-8", "public, max-age=60")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8", "public, max-age=60")]
    [InlineData("assets/site.css", "text/css; charset=utf-8", "public, max-age=86400")]
    [InlineData("assets/site.js", "text/javascript; charset=utf-8", "public, max-age=86400")]
    [InlineData("assets/logo.svg", "image/svg+xml", "public, max-age=86400")]
    [InlineData("files/57.png", "image/png", "public, max-age=86400")]
    public async Task Get_File_ContentTypeAndCacheControl(string path, string contentType, string cacheControl)
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync("/sites/lbz/" + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Theory]
    [InlineData("files/55.pdf", "application/pdf")]
    [InlineData("files/56.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Get_Attachment_DownloadedNotSniffed(string path, string contentType)
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync("/sites/lbz/" + path);

        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_Page_PublicSecurityHeadersAndNoServerHeader()
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync("/sites/lbz/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src-attr 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-src https:", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Get_SameFileTwice_SameStrongETagAndLastModified()
    {
        Publish("lbz", 1, SiteFiles());

        var first = await GetAsync("/sites/lbz/tzgg/123.html");
        var second = await GetAsync("/sites/lbz/tzgg/123.html");

        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Get_IfNoneMatch_304WithoutBody()
    {
        Publish("lbz", 1, SiteFiles());
        var first = await GetAsync("/sites/lbz/tzgg/123.html");

        var again = await GetAsync("/sites/lbz/tzgg/123.html", null, ("If-None-Match", first.Headers.ETag!.ToString()));
        var other = await GetAsync("/sites/lbz/tzgg/123.html", null, ("If-None-Match", "\"something-else\""));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Get_IfModifiedSince_304WhenNotNewer()
    {
        Publish("lbz", 1, SiteFiles());
        var first = await GetAsync("/sites/lbz/index.html");
        var modified = first.Content.Headers.LastModified!.Value;

        var same = await GetAsync("/sites/lbz/index.html", null, ("If-Modified-Since", modified.ToString("R")));
        var older = await GetAsync("/sites/lbz/index.html", null, ("If-Modified-Since", modified.AddDays(-1).ToString("R")));

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task Get_AcceptEncoding_CompressedBodyDecodesToThePage(string accept, string expected)
    {
        Publish("lbz", 1, SiteFiles());
        var plain = await (await GetAsync("/sites/lbz/tzgg/123.html")).Content.ReadAsByteArrayAsync();

        var response = await GetAsync("/sites/lbz/tzgg/123.html", null, ("Accept-Encoding", accept));

        Assert.Equal(expected, response.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var encoded = await response.Content.ReadAsByteArrayAsync();
        Assert.True(encoded.Length < plain.Length);
        await using Stream decoder = expected == "br"
            ? new BrotliStream(new MemoryStream(encoded), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(encoded), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plain, decoded.ToArray());
    }

    [Fact]
    public async Task Head_Page_HeadersWithoutBody()
    {
        Publish("lbz", 1, SiteFiles());

        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/sites/lbz/", UriKind.Relative));
        var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
