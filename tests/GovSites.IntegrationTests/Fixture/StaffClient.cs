using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovSites.IntegrationTests.Fixture;

/// <summary>
/// An HTTP client that behaves like a staff member's browser: it keeps cookies, reads pages as HTML
/// documents and posts forms with their anti-forgery token, as the page itself would.
/// </summary>
public sealed class StaffClient(HttpClient http, CookieContainer cookieJar) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task SignInAsync(string userName, string password)
    {
        var response = await PostFormAsync("/admin/signin", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    /// <summary>
    /// GETs <paramref name="formPath"/>, takes the anti-forgery token of its first form with a token, and
    /// posts <paramref name="fields"/> to <paramref name="actionPath"/> (default: the same path).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPath, Dictionary<string, string> fields, string? actionPath = null)
    {
        var (_, page) = await GetPageAsync(formPath);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var body = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            body["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(actionPath ?? formPath, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The session cookies this client holds, as a <c>Cookie</c> header value (to replay them elsewhere).</summary>
    public string CookieHeader() => cookieJar.GetCookieHeader(Http.BaseAddress!);

    public void Dispose() => Http.Dispose();
}
