using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace GovSites.Modules.Search.Engine;

/// <summary>The Lucene fields of a <see cref="SearchDocument"/> and the mapping both ways.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Site = "site";
    public const string SiteName = "siteName";
    public const string Path = "path";
    public const string Url = "url";
    public const string Channel = "channel";
    public const string ChannelName = "channelName";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Body = "body";
    public const string BodyPairs = "bodyPairs";
    public const string Published = "published";
    public const string PublishedSort = "publishedSort";
    public const string ArticleId = "articleId";

    /// <summary>Stored, with the words' offsets in term vectors: highlighting looks the query's words up there (no positions needed).</summary>
    private static readonly FieldType HighlightedText = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>The body's words, indexed from a <see cref="SegmentedText"/> (stored apart), with the same term vectors.</summary>
    private static readonly FieldType SegmentedBody = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>Pairs of neighbouring words: only whether a page holds a pair counts (no frequencies, positions or norms).</summary>
    private static readonly FieldType WordPairs = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    public static Document ToLucene(SearchDocument d, Analyzer analyzer)
    {
        var published = d.PublishedAt?.ToUnixTimeMilliseconds() ?? 0;
        var body = SegmentedText.Of(analyzer, Body, d.Body);
        return
        [
            new StringField(Id, d.Id, Field.Store.YES),
            new StringField(Site, d.SiteKey, Field.Store.YES),
            new StoredField(SiteName, d.SiteName),
            new StoredField(Path, d.Path),
            new StoredField(Url, d.Url),
            new StringField(Channel, d.ChannelKey, Field.Store.YES),
            new StoredField(ChannelName, d.ChannelName),
            new StringField(Kind, d.Kind, Field.Store.YES),
            new Field(Title, d.Title, HighlightedText) { Boost = 1f },
            new StoredField(Body, d.Body),
            new Field(Body, body.Words(), SegmentedBody),
            new Field(BodyPairs, body.Pairs(), WordPairs),
            new Int64Field(Published, published, Field.Store.YES),
            new NumericDocValuesField(PublishedSort, published),
            new StoredField(ArticleId, d.ArticleId ?? 0),
        ];
    }

    public static SearchDocument FromLucene(Document d)
    {
        var published = d.GetField(Published)?.GetInt64Value() ?? 0;
        var articleId = d.GetField(ArticleId)?.GetInt32Value() ?? 0;
        return new SearchDocument(
            d.Get(Site, CultureInfo.InvariantCulture) ?? "",
            d.Get(SiteName, CultureInfo.InvariantCulture) ?? "",
            d.Get(Path, CultureInfo.InvariantCulture) ?? "",
            d.Get(Url, CultureInfo.InvariantCulture) ?? "",
            d.Get(Channel, CultureInfo.InvariantCulture) ?? "",
            d.Get(ChannelName, CultureInfo.InvariantCulture) ?? "",
            d.Get(Kind, CultureInfo.InvariantCulture) ?? "",
            d.Get(Title, CultureInfo.InvariantCulture) ?? "",
            d.Get(Body, CultureInfo.InvariantCulture) ?? "",
            published == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(published),
            articleId == 0 ? null : articleId);
    }

    public static Term IdTerm(string id) => new(Id, id);

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
