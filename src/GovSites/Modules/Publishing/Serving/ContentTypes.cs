using Microsoft.AspNetCore.StaticFiles;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>What a file of a release is, by its extension: content type, whether it is compressed, downloaded, and how long it is cached.</summary>
internal sealed record FileKind(string ContentType, bool Compress, bool Download, string CacheControl);

internal static class ContentTypes
{
    private const string Page = "public, max-age=60";
    private const string Asset = "public, max-age=86400";

    // Attachments are downloaded, never rendered inline by the browser (a PDF or office file is not our page).
    private static readonly HashSet<string> Downloads = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".dps", ".ofd", ".odt", ".ods", ".odp",
        ".rtf", ".csv", ".zip", ".rar", ".7z", ".gz", ".tar",
    };

    private static readonly Dictionary<string, FileKind> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = new("text/html; charset=utf-8", true, false, Page),
        [".htm"] = new("text/html; charset=utf-8", true, false, Page),
        [".xml"] = new("application/xml; charset=utf-8", true, false, Page),
        [".json"] = new("application/json; charset=utf-8", true, false, Page),
        [".txt"] = new("text/plain; charset=utf-8", true, false, Page),
        [".css"] = new("text/css; charset=utf-8", true, false, Asset),
        [".js"] = new("text/javascript; charset=utf-8", true, false, Asset),
        [".mjs"] = new("text/javascript; charset=utf-8", true, false, Asset),
        [".svg"] = new("image/svg+xml", true, false, Asset),
        [".ico"] = new("image/x-icon", true, false, Asset),
        [".woff2"] = new("font/woff2", false, false, Asset),
        [".woff"] = new("font/woff", false, false, Asset),
        [".webp"] = new("image/webp", false, false, Asset),
        [".avif"] = new("image/avif", false, false, Asset),
    };

    private static readonly FileExtensionContentTypeProvider Provider = new();

    public static FileKind For(string path)
    {
        var extension = Path.GetExtension(path);
        if (Known.TryGetValue(extension, out var kind))
        {
            return kind;
        }

        var download = Downloads.Contains(extension);
        if (!Provider.TryGetContentType(path, out var type))
        {
            // Unknown files are bytes to save, never something the browser guesses about.
            return new("application/octet-stream", false, true, Asset);
        }

        var compress = type.StartsWith("text/", StringComparison.Ordinal);
        return new(compress ? type + "; charset=utf-8" : type, compress, download, Asset);
    }
}
