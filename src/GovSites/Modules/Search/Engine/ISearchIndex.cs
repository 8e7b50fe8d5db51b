namespace GovSites.Modules.Search.Engine;

/// <summary>
/// The search engine as the rest of Search sees it: documents in, ranked and highlighted hits out. Lucene.NET
/// in this process today (<see cref="LuceneSearchIndex"/>); a province-scale deployment would implement the
/// same interface against an OpenSearch/Elasticsearch cluster (docs/adr/0009-search-engine.md).
/// </summary>
public interface ISearchIndex
{
    /// <summary>Per site, the release number the index last took in (kept with the index itself, so it survives restarts).</summary>
    IReadOnlyDictionary<string, int> IndexedReleases();

    /// <summary>Applies one release of one site: upserts, removals, and the new release number, all in one commit.</summary>
    Task ApplyAsync(IndexBatch batch, CancellationToken cancellationToken);

    /// <summary>Forgets a site entirely (its release folder is gone).</summary>
    Task RemoveSiteAsync(string siteKey, CancellationToken cancellationToken);

    /// <summary>A rebuild of many pages begins: the index may put off reorganising itself until the result is disposed (then <see cref="CompactAsync"/>).</summary>
    IDisposable DeferMerges();

    /// <summary>Reorganises the index for fast queries after a rebuild of many pages (it may take seconds).</summary>
    Task CompactAsync(CancellationToken cancellationToken);

    SearchResults Search(SearchQuery query);
}

/// <summary>What one release changes in the index of one site.</summary>
/// <param name="ReplaceSite">A full build: every document of the site not in <paramref name="Upserts"/> goes.</param>
/// <param name="Threads">How many threads may segment the documents of a large batch; 0 is one per core.</param>
public sealed record IndexBatch(string SiteKey, int Release, bool ReplaceSite, IReadOnlyList<SearchDocument> Upserts, IReadOnlyList<string> RemovedPaths, int Threads = 0);

/// <summary>One published page, as the index holds it. <see cref="Path"/> is relative to the site root ("tzgg/12.html").</summary>
public sealed record SearchDocument(
    string SiteKey,
    string SiteName,
    string Path,
    string Url,
    string ChannelKey,
    string ChannelName,
    string Kind,
    string Title,
    string Body,
    DateTimeOffset? PublishedAt,
    int? ArticleId)
{
    public string Id => SiteKey + "/" + Path;
}

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>A query; <see cref="Text"/> is what the user typed, never query syntax.</summary>
/// <param name="Sites">Empty: every site (the county).</param>
/// <param name="From">Published at or after (UTC).</param>
/// <param name="Until">Published before (UTC).</param>
public sealed record SearchQuery(
    string Text,
    IReadOnlyList<string> Sites,
    string? Channel = null,
    string? Kind = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10);

/// <param name="Page">The page shown: the one asked for, or the last one when that was beyond the end.</param>
/// <param name="NoTerms">The text held nothing searchable (punctuation only).</param>
/// <param name="Suggestion">"Did you mean": a nearby query that finds more, when this one finds little.</param>
public sealed record SearchResults(int Total, int Page, int PageCount, IReadOnlyList<SearchHit> Hits, bool NoTerms, string? Suggestion)
{
    public static SearchResults Nothing(bool noTerms) => new(0, 1, 0, [], noTerms, null);
}

/// <param name="TitleHtml">The title, HTML-escaped, with the matched words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">A passage of the body around the matches, escaped and marked the same way.</param>
public sealed record SearchHit(
    string SiteKey,
    string SiteName,
    string Path,
    string Url,
    string ChannelKey,
    string ChannelName,
    string Kind,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    DateTimeOffset? PublishedAt,
    int? ArticleId);
