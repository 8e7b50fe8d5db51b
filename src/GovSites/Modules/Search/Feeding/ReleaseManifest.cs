using System.Text.Json;
using GovSites.Modules.Publishing;

namespace GovSites.Modules.Search.Feeding;

/// <summary>The <c>.release.json</c> a complete release ends with (docs: notes of issue 4, "Release layout").</summary>
internal sealed record ReleaseManifest(string Site, int Number, int? Previous, bool Full, string[] Changed, string[] Removed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The manifest of a release folder, or null when the folder is gone or incomplete.</summary>
    public static ReleaseManifest? Read(string releaseDirectory)
    {
        var file = Path.Combine(releaseDirectory, ReleasePaths.ManifestFile);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllText(file), Json);
            return manifest is null ? null : manifest with { Changed = manifest.Changed ?? [], Removed = manifest.Removed ?? [] };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The live release of a site: the number the <c>current</c> link points at, or null.</summary>
    public static int? CurrentNumber(ReleasePaths paths, string siteKey)
    {
        var link = new DirectoryInfo(paths.CurrentLink(siteKey));
        if (!link.Exists)
        {
            return null;
        }

        var target = link.LinkTarget is { } t ? Path.GetFileName(t.TrimEnd('/')) : link.Name;
        return int.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
