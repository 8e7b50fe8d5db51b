using System.Globalization;
using Lucene.Net.Index;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// What a commit of the index records beside its documents: per site, the release number it was indexed at (as
/// durable as the documents), and the fields' layout.
/// </summary>
internal static class IndexCommitData
{
    /// <summary>
    /// The fields' layout (<see cref="SearchFields"/>). An index written with another layout is emptied when
    /// opened, and the follower then rebuilds every site from its live release. 2: word pairs of the body.
    /// </summary>
    public const string Schema = "2";

    private const string ReleaseKeyPrefix = "release:";
    private const string SchemaKey = "schema";

    public static Dictionary<string, string> Of(Dictionary<string, int> releases)
    {
        var data = releases.ToDictionary(r => ReleaseKeyPrefix + r.Key, r => r.Value.ToString(CultureInfo.InvariantCulture));
        data[SchemaKey] = Schema;
        return data;
    }

    public static Dictionary<string, int> Read(Lucene.Net.Store.Directory directory, out string? schema)
    {
        var releases = new Dictionary<string, int>(StringComparer.Ordinal);
        schema = null;
        if (!DirectoryReader.IndexExists(directory))
        {
            return releases;
        }

        using var reader = DirectoryReader.Open(directory);
        schema = reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var layout) ? layout : null;
        foreach (var (key, value) in reader.IndexCommit.UserData)
        {
            if (key.StartsWith(ReleaseKeyPrefix, StringComparison.Ordinal) && int.TryParse(value, CultureInfo.InvariantCulture, out var number))
            {
                releases[key[ReleaseKeyPrefix.Length..]] = number;
            }
        }

        return releases;
    }
}
