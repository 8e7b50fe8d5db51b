using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>The request headers serving reads, parsed without allocating.</summary>
internal static class RequestHeaders
{
    public enum Coding
    {
        Identity,
        Gzip,
        Brotli,
    }

    /// <summary>The best encoding the client accepts among those the response has (brotli, then gzip).</summary>
    public static Coding Choose(StringValues acceptEncoding, CachedResponse response)
    {
        if (!response.Compressed || acceptEncoding.Count == 0)
        {
            return Coding.Identity;
        }

        bool br = false, gzip = false;
        foreach (var value in acceptEncoding)
        {
            foreach (var range in (value ?? "").AsSpan().Split(','))
            {
                var token = (value ?? "").AsSpan()[range].Trim();
                var semicolon = token.IndexOf(';');
                var name = (semicolon < 0 ? token : token[..semicolon]).Trim();
                if (semicolon >= 0 && IsZeroQuality(token[(semicolon + 1)..]))
                {
                    continue;
                }

                if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("*", StringComparison.Ordinal))
                {
                    br = true;
                }

                if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("*", StringComparison.Ordinal))
                {
                    gzip = true;
                }
            }
        }

        return br && response.Brotli is not null ? Coding.Brotli
            : gzip && response.Gzip is not null ? Coding.Gzip
            : Coding.Identity;
    }

    /// <summary>Whether the client's copy is still good (If-None-Match, else If-Modified-Since).</summary>
    public static bool NotModified(IHeaderDictionary headers, CachedResponse response)
    {
        var ifNoneMatch = headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            foreach (var value in ifNoneMatch)
            {
                foreach (var range in (value ?? "").AsSpan().Split(','))
                {
                    var tag = (value ?? "").AsSpan()[range].Trim();
                    if (tag.StartsWith("W/", StringComparison.Ordinal))
                    {
                        tag = tag[2..]; // If-None-Match compares weakly
                    }

                    if (tag.Equals("*", StringComparison.Ordinal) || Is(tag, response.ETag) || Is(tag, response.GzipETag) || Is(tag, response.BrotliETag))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var ifModifiedSince = headers.IfModifiedSince;
        return ifModifiedSince.Count == 1
            && response.LastModified is not null
            && HeaderUtilities.TryParseDate(ifModifiedSince.ToString(), out var since)
            && response.LastModifiedTime <= since;
    }

    private static bool Is(ReadOnlySpan<char> tag, string? etag) => etag is not null && tag.Equals(etag, StringComparison.Ordinal);

    private static bool IsZeroQuality(ReadOnlySpan<char> parameters)
    {
        var q = parameters.Trim();
        if (!q.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return double.TryParse(q[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var quality) && quality <= 0;
    }
}
