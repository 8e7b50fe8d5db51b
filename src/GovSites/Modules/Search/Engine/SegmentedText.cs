using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// A text segmented once by the analyzer, replayed as often as needed: the body is indexed as words (with term
/// vectors, for highlighting) and as word pairs (<see cref="Pairs"/>, for phrases), and segmenting it with
/// SmartCn is most of the cost of indexing — it is not done twice.
/// </summary>
internal sealed class SegmentedText
{
    /// <summary>Between the two words of a pair term ("防汛 物资").</summary>
    public const string PairSeparator = " ";

    private readonly List<Word> words;
    private readonly int length;

    private SegmentedText(List<Word> words, int length)
    {
        this.words = words;
        this.length = length;
    }

    public static SegmentedText Of(Analyzer analyzer, string field, string text)
    {
        var words = new List<Word>(text.Length / 2);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(new Word(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return new SegmentedText(words, text.Length);
    }

    /// <summary>The words, as the analyzer gave them.</summary>
    public TokenStream Words() => new Replay(this);

    /// <summary>
    /// Every two neighbouring words as one term. A phrase of the query becomes a few exact lookups of pairs, which
    /// cost as little as rare words, instead of a phrase query that reads the positions of every page holding all
    /// its words. Words separated by punctuation (a gap in positions) are not paired.
    /// </summary>
    public TokenStream Pairs() => new Replay(this, pairs: true);

    private readonly record struct Word(string Text, int Increment, int Start, int End);

    private sealed class Replay : TokenStream
    {
        private readonly SegmentedText text;
        private readonly bool pairs;
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private readonly IPositionIncrementAttribute increment;
        private int next;

        public Replay(SegmentedText text, bool pairs = false)
        {
            this.text = text;
            this.pairs = pairs;
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            var words = text.words;
            if (pairs)
            {
                // The next word that directly follows the one before it.
                while (next < words.Count && (next == 0 || words[next].Increment != 1))
                {
                    next++;
                }
            }

            if (next == words.Count)
            {
                return false;
            }

            ClearAttributes();
            var word = words[next++];
            if (pairs)
            {
                var first = words[next - 2];
                term.SetEmpty().Append(first.Text).Append(PairSeparator).Append(word.Text);
                offset.SetOffset(first.Start, word.End);
            }
            else
            {
                term.SetEmpty().Append(word.Text);
                offset.SetOffset(word.Start, word.End);
                increment.PositionIncrement = word.Increment;
            }

            return true;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(text.length, text.length);
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }
    }
}
