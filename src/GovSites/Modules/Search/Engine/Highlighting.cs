using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// Marks the matched words in a hit's title and in a passage of its body. Everything is HTML-escaped by
/// <see cref="EscapingEncoder"/>; the only markup in the result is the &lt;mark&gt; added here.
/// </summary>
internal sealed class Highlighting(Query query, Analyzer analyzer)
{
    private const int SnippetLength = 120;

    private readonly Highlighter title = new(new SimpleHTMLFormatter("<mark>", "</mark>"), EscapingEncoder.Instance, new QueryTermScorer(query, SearchFields.Title))
    {
        TextFragmenter = new NullFragmenter(),
    };

    private readonly Highlighter body = new(new SimpleHTMLFormatter("<mark>", "</mark>"), EscapingEncoder.Instance, new QueryTermScorer(query, SearchFields.Body))
    {
        TextFragmenter = new SimpleFragmenter(SnippetLength),
    };

    public (string Title, string Snippet) Mark(IndexReader reader, int docId, Document document)
    {
        var titleText = document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "";
        var bodyText = document.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "";
        // The document's term vectors are decoded once for both fields.
        var vectors = reader.GetTermVectors(docId);
        TokenStream Tokens(string field) =>
            TermVectorTokens.From(vectors?.GetTerms(field)) ?? TokenSources.GetAnyTokenStream(reader, docId, field, document, analyzer);

        var titleHtml = title.GetBestFragment(Tokens(SearchFields.Title), titleText);
        var fragments = body.GetBestFragments(Tokens(SearchFields.Body), bodyText, 2);
        var snippet = fragments.Length > 0
            ? string.Join("…", fragments.Select(f => f.Trim()))
            : EscapingEncoder.Escape(bodyText.Length > SnippetLength ? bodyText[..SnippetLength] : bodyText);
        return (titleHtml ?? EscapingEncoder.Escape(titleText), snippet + (bodyText.Length > SnippetLength ? "…" : ""));
    }

    /// <summary>HTML-escapes text the way the pages need it; Chinese stays as characters (Lucene's own encoder writes entities).</summary>
    internal sealed class EscapingEncoder : IEncoder
    {
        public static readonly EscapingEncoder Instance = new();

        public string EncodeText(string originalText) => Escape(originalText);

        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length + 16);
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => builder.Append("&amp;"),
                    '<' => builder.Append("&lt;"),
                    '>' => builder.Append("&gt;"),
                    '"' => builder.Append("&quot;"),
                    '\'' => builder.Append("&#39;"),
                    _ => builder.Append(c),
                };
            }

            return builder.ToString();
        }
    }
}
