using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// Turns what the user typed into a Lucene query without a query parser: the text is segmented by the same
/// analyzer as the pages, so <c>+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /</c> are plain characters (dropped as
/// punctuation) and can never change the query's meaning or make it fail. Every word must occur, in the
/// title (which weighs more) or the body; the words in their typed order as a phrase rank higher (in the body:
/// as pairs of neighbouring words, <see cref="Pairs"/>).
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
            if (Pairs(tokens) is { } pairs)
            {
                query.Add(pairs, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// The phrase in the body: every two neighbouring words of the query as one pair term
    /// (<see cref="SegmentedText.Pairs"/>), all required. A title is short, so the title keeps an exact phrase
    /// query; over the bodies, that query read the positions of every page holding all the words — a sixth of
    /// the time of a search over 50,000 articles — where the pairs are a few lookups of rare terms.
    /// </summary>
    private static BooleanQuery? Pairs(IReadOnlyList<Token> tokens)
    {
        var pairs = new BooleanQuery { Boost = PhraseBoost };
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Position == tokens[i - 1].Position + 1)
            {
                pairs.Add(new TermQuery(new Term(SearchFields.BodyPairs, tokens[i - 1].Text + SegmentedText.PairSeparator + tokens[i].Text)), Occur.MUST);
            }
        }

        return pairs.Clauses.Count == 0 ? null : pairs;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<Token> tokens, float boost)
    {
        // Exact (slop 0): a sloppy phrase scorer walks the positions of every matching page.
        var phrase = new PhraseQuery { Boost = boost, Slop = 0 };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Text), token.Position);
        }

        return phrase;
    }
}
