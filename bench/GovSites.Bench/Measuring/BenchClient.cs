using System.Net;
using System.Text.RegularExpressions;

namespace GovSites.Bench.Measuring;

/// <summary>
/// A staff member's browser as the integration tests' StaffClient models it: it keeps its cookies, does not
/// follow redirects, and posts forms with the anti-forgery token of the page they are on. One connection,
/// kept alive, as a browser keeps one to the server.
/// </summary>
internal sealed partial class BenchClient : IDisposable
{
    private readonly HttpClient http;

    public BenchClient(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1,
        };
        http = new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public string? UserName { get; private set; }

    public async Task SignInAsync(string userName, string password)
    {
        var response = await PostFormAsync("/admin/signin", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }

        UserName = userName;
    }

    /// <summary>GETs a page and reads it whole; anything but 200 is an error of the benchmark.</summary>
    public async Task<string> GetAsync(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? html
            : throw new InvalidOperationException($"GET {path} as {UserName}: {(int)response.StatusCode}");
    }

    /// <summary>The anti-forgery token of the first form of <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path) =>
        TokenPattern().Match(await GetAsync(path)) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no form with an anti-forgery token.");

    /// <summary>POSTs <paramref name="fields"/> with the token of <paramref name="formPath"/> (fetched first).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPath, Dictionary<string, string> fields) =>
        await PostAsync(formPath, await TokenAsync(formPath), fields);

    /// <summary>POSTs with a token fetched before, and reads the response whole.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string token, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
