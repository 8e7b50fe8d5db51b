namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// Serves the live release of every site, first in the pipeline (before routing, authentication and
/// sessions): at the root of each of a site's domains, and under <c>/sites/{key}/</c> on any host. The
/// application keeps its own paths on a site's domains (admin, API, health, OpenAPI, search), and
/// <c>/sites/{key}/search</c>, which the Search module answers.
/// </summary>
internal sealed class ReleaseServer(RequestDelegate next, LiveReleases releases, SiteHosts hosts)
{
    private const string SitesPrefix = "/sites/";

    private static readonly string[] ApplicationPaths = ["/admin", "/api", "/healthz", "/openapi", "/search"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (string.IsNullOrEmpty(path))
        {
            return next(context);
        }

        if (path.StartsWith(SitesPrefix, StringComparison.Ordinal))
        {
            var rest = path.AsSpan(SitesPrefix.Length);
            var slash = rest.IndexOf('/');
            var key = slash < 0 ? rest : rest[..slash];
            if (!IsSiteKey(key))
            {
                return next(context);
            }

            if (slash < 0)
            {
                return ResponseWriter.RedirectToDirectory(context);
            }

            var relative = rest[(slash + 1)..];
            return PublicPath.IsSearch(relative) ? next(context) : Serve(context, key, relative);
        }

        var site = hosts.SiteForAsync(context.Request.Headers.Host);
        return site.IsCompletedSuccessfully ? ServeByHost(context, site.Result, path) : ServeByHostAsync(context, site, path);
    }

    private async Task ServeByHostAsync(HttpContext context, ValueTask<string?> site, string path) =>
        await ServeByHost(context, await site, path);

    private Task ServeByHost(HttpContext context, string? siteKey, string path)
    {
        if (siteKey is null)
        {
            return next(context);
        }

        foreach (var prefix in ApplicationPaths)
        {
            if (context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }
        }

        return Serve(context, siteKey, path.AsSpan(1));
    }

    private Task Serve(HttpContext context, ReadOnlySpan<char> siteKey, ReadOnlySpan<char> relative)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            return ResponseWriter.MethodNotAllowed(context);
        }

        var release = releases.Current(siteKey);
        var response = PublicPath.IsAcceptable(relative) ? releases.Find(release, relative) : null;
        return ResponseWriter.WriteAsync(context, response ?? release.NotFound);
    }

    /// <summary>Site keys are short lower-case ASCII words (SiteRules); anything else is not a site.</summary>
    private static bool IsSiteKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > 64)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
