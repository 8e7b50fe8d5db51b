using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>Reads a file of a release once and prepares everything its responses need.</summary>
internal static class ResponseBuilder
{
    public static CachedResponse FromFile(string path, long maxInMemory, int status = StatusCodes.Status200OK)
    {
        var info = new FileInfo(path);
        var kind = ContentTypes.For(path);
        var modified = TruncateToSeconds(info.LastWriteTimeUtc);
        var lastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        var disposition = kind.Download ? "attachment" : null;
        var cacheControl = status == StatusCodes.Status200OK ? kind.CacheControl : "no-cache";
        if (info.Length > maxInMemory)
        {
            // Too large to keep: a validator from size and time, and the bytes straight from disk.
            var tag = string.Create(CultureInfo.InvariantCulture, $"\"{info.Length:x}-{modified.ToUnixTimeSeconds():x}\"");
            return new CachedResponse
            {
                Status = status,
                FilePath = path,
                Length = info.Length,
                ContentType = kind.ContentType,
                ETag = tag,
                LastModified = lastModified,
                LastModifiedTime = modified,
                CacheControl = cacheControl,
                ContentDisposition = disposition,
            };
        }

        var body = File.ReadAllBytes(path);
        var hash = Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 15));
        var gzip = kind.Compress ? Shrink(body, Gzip) : null;
        var brotli = kind.Compress ? Shrink(body, Brotli) : null;
        return new CachedResponse
        {
            Status = status,
            Body = body,
            Gzip = gzip,
            Brotli = brotli,
            Length = body.Length,
            ContentType = kind.ContentType,
            ETag = status == StatusCodes.Status200OK ? $"\"{hash}\"" : null,
            GzipETag = gzip is null ? null : $"\"{hash}-gz\"",
            BrotliETag = brotli is null ? null : $"\"{hash}-br\"",
            LastModified = status == StatusCodes.Status200OK ? lastModified : null,
            LastModifiedTime = modified,
            CacheControl = cacheControl,
            ContentDisposition = disposition,
        };
    }

    public static CachedResponse Html(string html, int status)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(html);
        return new CachedResponse
        {
            Status = status,
            Body = body,
            Gzip = Shrink(body, Gzip),
            Brotli = Shrink(body, Brotli),
            Length = body.Length,
            ContentType = "text/html; charset=utf-8",
        };
    }

    public static CachedResponse Redirect(string relative) => new()
    {
        Status = StatusCodes.Status301MovedPermanently,
        RedirectTo = relative,
        ContentType = "text/plain; charset=utf-8",
        CacheControl = "public, max-age=60",
    };

    private static DateTimeOffset TruncateToSeconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>The encoded bytes, or null when encoding saves too little to be worth a second variant.</summary>
    private static byte[]? Shrink(byte[] body, Func<MemoryStream, Stream> encoder)
    {
        if (body.Length < 200)
        {
            return null;
        }

        using var output = new MemoryStream(body.Length);
        using (var stream = encoder(output))
        {
            stream.Write(body);
        }

        return output.Length < body.Length * 0.9 ? output.ToArray() : null;
    }

    // The smallest encoding costs ~10 ms for a page, once per release; large files take the faster level.
    private static CompressionLevel LevelFor(MemoryStream output) =>
        output.Capacity > 512 * 1024 ? CompressionLevel.Optimal : CompressionLevel.SmallestSize;

    private static Stream Gzip(MemoryStream output) => new GZipStream(output, LevelFor(output), leaveOpen: true);

    private static Stream Brotli(MemoryStream output) => new BrotliStream(output, LevelFor(output), leaveOpen: true);
}
