using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovSites.Modules.Publishing.Releases;

/// <summary>The <c>.release.json</c> of a release (format in the issue 4 notes); its presence marks the release complete.</summary>
public sealed record ReleaseManifest(
    [property: JsonPropertyName("site")] string Site,
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("previous")] int? Previous,
    [property: JsonPropertyName("full")] bool Full,
    [property: JsonPropertyName("changed")] IReadOnlyList<string> Changed,
    [property: JsonPropertyName("removed")] IReadOnlyList<string> Removed)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>The manifest of a release folder; null when the folder is gone, incomplete, or its manifest unreadable.</summary>
    public static ReleaseManifest? Read(string releaseDirectory)
    {
        var path = Path.Combine(releaseDirectory, ReleasePaths.ManifestFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllBytes(path), Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
