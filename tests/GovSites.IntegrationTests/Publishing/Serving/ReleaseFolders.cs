using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GovSites.IntegrationTests.Publishing.Serving;

/// <summary>Builds release folders by hand, as the publisher lays them out: files, <c>.release.json</c> last, then the <c>current</c> link.</summary>
internal static class ReleaseFolders
{
    public static string Write(string root, string siteKey, int number, IReadOnlyDictionary<string, string> files)
    {
        var folder = Path.Combine(root, siteKey, number.ToString("D6", CultureInfo.InvariantCulture));
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        var manifest = new { site = siteKey, number, previous = (int?)null, full = true, changed = files.Keys.Order(StringComparer.Ordinal).ToArray(), removed = Array.Empty<string>() };
        File.WriteAllText(Path.Combine(folder, ".release.json"), JsonSerializer.Serialize(manifest));
        return folder;
    }

    /// <summary>Points <c>current</c> at a release with rename(2) over the old link, as the publisher and the CLI do.</summary>
    public static void Activate(string root, string siteKey, int number)
    {
        var link = Path.Combine(root, siteKey, "current");
        var temporary = link + ".next";
        File.Delete(temporary);
        File.CreateSymbolicLink(temporary, number.ToString("D6", CultureInfo.InvariantCulture));
        using var move = Process.Start("mv", ["-T", "-f", temporary, link]);
        move.WaitForExit();
        if (move.ExitCode != 0)
        {
            throw new InvalidOperationException("mv -T could not swap the current link.");
        }
    }

    /// <summary>A small published page with Chinese text, as the default theme writes them.</summary>
    public static string Page(string title, string body = "双牌县人民政府发布的信息。") => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{title}</title><link rel="stylesheet" href="/sites/lbz/assets/site.css"></head>
        <body><main><h1>{title}</h1><p>{string.Concat(Enumerable.Repeat(body, 20))}</p></main></body>
        </html>

        """;
}
