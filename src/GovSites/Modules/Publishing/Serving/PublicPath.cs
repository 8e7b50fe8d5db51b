namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// Checks the part of a URL path below a site's root before anything touches the disk. Kestrel has already
/// decoded it (and removed dot segments), so what is left to refuse is what a release never holds: dot
/// segments and dotfiles (<c>.release.json</c>), empty segments, backslashes, NUL and control characters, and
/// an encoded slash, which Kestrel leaves as <c>%2F</c>.
/// </summary>
internal static class PublicPath
{
    private const int MaxLength = 1024;

    /// <summary>The theme's search page shell: the Search module serves it filled in, never as it is.</summary>
    private const string SearchShell = "_search.html";

    public static bool IsAcceptable(ReadOnlySpan<char> relative)
    {
        if (relative.Length > MaxLength)
        {
            return false;
        }

        var segmentStart = true;
        for (var i = 0; i < relative.Length; i++)
        {
            var c = relative[i];
            if (c == '/')
            {
                if (segmentStart)
                {
                    return false; // "//" or a leading slash: an empty segment
                }

                segmentStart = true;
                continue;
            }

            if (segmentStart && c == '.')
            {
                return false; // ".", ".." and dotfiles
            }

            if (c < ' ' || c == '\\' || c == '%' || c == ':' || c == 0x7f)
            {
                return false;
            }

            segmentStart = false;
        }

        return !relative.Equals(SearchShell, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the path below the site root is the Search module's page (<c>search</c>, <c>search/…</c>).</summary>
    public static bool IsSearch(ReadOnlySpan<char> relative) =>
        relative.StartsWith("search", StringComparison.OrdinalIgnoreCase)
        && (relative.Length == 6 || relative[6] == '/');

    /// <summary>The file a URL path names: a directory URL ("", "tzgg/") names its index.html.</summary>
    public static string FileFor(string relative) =>
        relative.Length == 0 || relative[^1] == '/' ? relative + "index.html" : relative;
}
