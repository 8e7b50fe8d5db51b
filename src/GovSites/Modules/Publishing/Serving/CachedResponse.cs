namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// One response of a release, built once and written from memory: the body and its gzip and brotli
/// encodings, and every header value as a ready string. A file too large to keep has <see cref="FilePath"/>
/// instead of a body and is streamed from disk. A directory without its trailing slash is a redirect.
/// </summary>
internal sealed class CachedResponse
{
    public int Status { get; init; } = StatusCodes.Status200OK;

    public byte[] Body { get; init; } = [];

    public byte[]? Gzip { get; init; }

    public byte[]? Brotli { get; init; }

    /// <summary>Streamed from disk, not held in memory.</summary>
    public string? FilePath { get; init; }

    public long Length { get; init; }

    public string ContentType { get; init; } = "";

    public string? ETag { get; init; }

    public string? GzipETag { get; init; }

    public string? BrotliETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset LastModifiedTime { get; init; }

    public string CacheControl { get; init; } = "no-cache";

    public string? ContentDisposition { get; init; }

    /// <summary>The trailing-slash form to redirect to, relative to the site root ("tzgg/").</summary>
    public string? RedirectTo { get; init; }

    /// <summary>Bytes held in memory, for the cache's budget.</summary>
    public long Size => Body.Length + (Gzip?.Length ?? 0) + (Brotli?.Length ?? 0) + 256;

    /// <summary><see cref="Environment.TickCount64"/> of the last use; the least recently used go first.</summary>
    public long LastUsed { get; set; }

    public bool Compressed => Gzip is not null || Brotli is not null;
}
