namespace GovSites.Modules.Search.Public;

/// <summary>A refused search: a code for programs and a Chinese message for people.</summary>
public sealed record SearchError(string Error, string Message);

/// <summary>The answer of <c>/api/public/search</c>.</summary>
/// <param name="Notices">What was changed in the request to answer it (query cut, date ignored, page clamped).</param>
public sealed record SearchResponse(string Query, int Total, int Page, int PageCount, string Sort, string? Suggestion, IReadOnlyList<string> Notices, IReadOnlyList<SearchResponseHit> Hits);

/// <param name="TitleHtml">HTML-escaped title with the matched words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">HTML-escaped passage of the body with the matched words in &lt;mark&gt;.</param>
public sealed record SearchResponseHit(string Site, string SiteName, string Channel, string ChannelName, string Kind, string Title, string TitleHtml, string SnippetHtml, string Url, DateTimeOffset? PublishedAt, int? ArticleId);
