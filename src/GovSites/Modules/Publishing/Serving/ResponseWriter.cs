using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>Writes a <see cref="CachedResponse"/>: only pre-built strings and bytes, so a hot page allocates nothing of its own.</summary>
internal static class ResponseWriter
{
    /// <summary>
    /// Public pages run their own scripts and styles only; style attributes are allowed (editors' tables and
    /// images carry them), embedded video players come from https hosts, images may come from the other sites.
    /// </summary>
    public const string PublicPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: https:; " +
        "media-src 'self' https:; frame-src https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static readonly StringValues Policy = PublicPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Referrer = "strict-origin-when-cross-origin";
    private static readonly StringValues SameOrigin = "SAMEORIGIN";
    private static readonly StringValues AcceptEncoding = "Accept-Encoding";
    private static readonly StringValues GzipCoding = "gzip";
    private static readonly StringValues BrotliCoding = "br";
    private static readonly StringValues Allowed = "GET, HEAD";

    public static Task WriteAsync(HttpContext context, CachedResponse cached)
    {
        if (cached.RedirectTo is not null)
        {
            return RedirectToDirectory(context);
        }

        var response = context.Response;
        var headers = response.Headers;
        SecurityHeaders(headers);
        headers.CacheControl = cached.CacheControl;
        if (cached.Compressed)
        {
            headers.Vary = AcceptEncoding;
        }

        var coding = RequestHeaders.Choose(context.Request.Headers.AcceptEncoding, cached);
        var etag = coding switch
        {
            RequestHeaders.Coding.Brotli => cached.BrotliETag,
            RequestHeaders.Coding.Gzip => cached.GzipETag,
            _ => cached.ETag,
        };
        if (etag is not null)
        {
            headers.ETag = etag;
        }

        if (cached.LastModified is not null)
        {
            headers.LastModified = cached.LastModified;
        }

        if (cached.Status == StatusCodes.Status200OK && RequestHeaders.NotModified(context.Request.Headers, cached))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = cached.Status;
        headers.ContentType = cached.ContentType;
        if (cached.ContentDisposition is not null)
        {
            headers.ContentDisposition = cached.ContentDisposition;
        }

        var body = coding switch
        {
            RequestHeaders.Coding.Brotli => cached.Brotli!,
            RequestHeaders.Coding.Gzip => cached.Gzip!,
            _ => cached.Body,
        };
        if (coding != RequestHeaders.Coding.Identity)
        {
            headers.ContentEncoding = coding == RequestHeaders.Coding.Brotli ? BrotliCoding : GzipCoding;
        }

        response.ContentLength = cached.FilePath is null ? body.Length : cached.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        if (cached.FilePath is not null)
        {
            return response.SendFileAsync(cached.FilePath, context.RequestAborted);
        }

        var write = response.BodyWriter.WriteAsync(body, context.RequestAborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    /// <summary><c>/sites/lbz</c> → <c>/sites/lbz/</c>, and a channel folder without its slash likewise, so relative links work.</summary>
    public static Task RedirectToDirectory(HttpContext context)
    {
        var request = context.Request;
        var location = UriHelper.BuildRelative(request.PathBase, request.Path.Add("/"), request.QueryString);
        SecurityHeaders(context.Response.Headers);
        context.Response.Headers.CacheControl = "public, max-age=60";
        context.Response.Redirect(location, permanent: true);
        return Task.CompletedTask;
    }

    public static Task MethodNotAllowed(HttpContext context)
    {
        SecurityHeaders(context.Response.Headers);
        context.Response.Headers.Allow = Allowed;
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        return Task.CompletedTask;
    }

    private static void SecurityHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = SameOrigin;
        headers["Referrer-Policy"] = Referrer;
    }
}
