using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// Turns what the user typed into a Lucene query without a query parser: the text is segmented by the same
/// analyzer as the pages, so <c>+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /</c> are plain characters (dropped as
/// punctuation) and can never change the query's meaning or make it fail. Every word must occur, in the
/// title (which weighs more) or the body; the words in their typed order as a phrase rank higher.
/// </summary>
internal static class QueryText
{
    private const float TitleBoost = 4f;
    private const float PhraseBoost = 2f;

    public sealed record Token(string Text, int Position);

    public static List<Token> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    public static Query Build(IReadOnlyList<Token> tokens)
    {
        var query = new BooleanQuery();
        foreach (var text in tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal))
        {
            var word = new BooleanQuery
            {
                { new TermQuery(new Term(SearchFields.Title, text)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term(SearchFields.Body, text)), Occur.SHOULD },
            };
            query.Add(word, Occur.MUST);
        }

        if (tokens.Count > 1)
        {
            query.Add(Phrase(SearchFields.Title, tokens, TitleBoost * PhraseBoost), Occur.SHOULD);
            query.Add(Phrase(SearchFields.Body, tokens, PhraseBoost), Occur.SHOULD);
        }

        return query;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<Token> tokens, float boost)
    {
        // Exact (slop 0): a sloppy phrase scorer walked the positions of every matching page and was a sixth of
        // the time of a search over 50,000 articles; the benchmark's relevance set did not lose by it (bench/README.md).
        var phrase = new PhraseQuery { Boost = boost, Slop = 0 };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Text), token.Position);
        }

        return phrase;
    }
}
