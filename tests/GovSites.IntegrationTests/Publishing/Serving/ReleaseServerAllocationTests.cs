using System.Collections;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Serving;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GovSites.IntegrationTests.Publishing.Serving;

/// <summary>
/// The serving middleware's own work for a page already in memory allocates nothing: the serving
/// target depends on it (bench/serving). Kestrel keeps the content length as a number; the test's header
/// dictionary does the same, so the count is the middleware's alone.
/// </summary>
public sealed class ReleaseServerAllocationTests(GovSitesFactory factory) : ServingTest(factory)
{
    [Theory]
    [InlineData("", "")]
    [InlineData("gzip, deflate, br", "")]
    [InlineData("gzip", "\"not-the-tag\"")]
    public async Task Get_PageInMemory_AllocatesNothingPerRequest(string acceptEncoding, string ifNoneMatch)
    {
        Publish("lbz", 1, SiteFiles());
        // The link is checked again only after an hour, so no check falls inside the measured requests.
        var releases = new LiveReleases(
            Factory.Services.GetRequiredService<ReleasePaths>(),
            Factory.Services.GetRequiredService<PublishingOptions>(),
            Options.Create(new ServingOptions { ReleaseCheckInterval = TimeSpan.FromHours(1) }));
        var server = new ReleaseServer(_ => throw new InvalidOperationException("not served"), releases, Factory.Services.GetRequiredService<SiteHosts>());
        var headers = new NumericLengthHeaders();
        var context = new DefaultHttpContext();
        context.Features.Get<IHttpResponseFeature>()!.Headers = headers;
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/sites/lbz/tzgg/123.html";
        context.Request.Headers.AcceptEncoding = acceptEncoding;
        context.Request.Headers.IfNoneMatch = ifNoneMatch;

        for (var i = 0; i < 200; i++)
        {
            await server.InvokeAsync(PrepareAgain(headers, context)); // builds the response, fills the caches and the header dictionary
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var write = server.InvokeAsync(PrepareAgain(headers, context));
            Assert.True(write.IsCompletedSuccessfully);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(acceptEncoding.Contains("br", StringComparison.Ordinal) ? "br" : acceptEncoding.Length > 0 ? "gzip" : "", headers["Content-Encoding"].ToString());
        Assert.Equal(0, allocated);
    }

    private static HttpContext PrepareAgain(NumericLengthHeaders headers, HttpContext context)
    {
        headers.Clear();
        context.Response.StatusCode = StatusCodes.Status200OK;
        return context;
    }

    /// <summary>Response headers as Kestrel keeps them for this purpose: Content-Length as a number, entries reused after Clear.</summary>
    private sealed class NumericLengthHeaders : IHeaderDictionary
    {
        private readonly Dictionary<string, StringValues> values = new(StringComparer.OrdinalIgnoreCase);

        public long? ContentLength { get; set; }

        public ICollection<string> Keys => values.Keys;

        public ICollection<StringValues> Values => values.Values;

        public int Count => values.Count;

        public bool IsReadOnly => false;

        public StringValues this[string key]
        {
            get => values.TryGetValue(key, out var value) ? value : StringValues.Empty;
            set => values[key] = value;
        }

        public void Add(string key, StringValues value) => values.Add(key, value);

        public void Add(KeyValuePair<string, StringValues> item) => values.Add(item.Key, item.Value);

        public void Clear()
        {
            values.Clear();
            ContentLength = null;
        }

        public bool Contains(KeyValuePair<string, StringValues> item) => values.TryGetValue(item.Key, out var value) && value == item.Value;

        public bool ContainsKey(string key) => values.ContainsKey(key);

        public void CopyTo(KeyValuePair<string, StringValues>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, StringValues>>)values).CopyTo(array, arrayIndex);

        public bool Remove(string key) => values.Remove(key);

        public bool Remove(KeyValuePair<string, StringValues> item) => Contains(item) && values.Remove(item.Key);

        public bool TryGetValue(string key, out StringValues value) => values.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, StringValues>> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
