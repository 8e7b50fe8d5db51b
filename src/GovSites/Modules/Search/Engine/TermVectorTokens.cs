using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// The tokens of one field of one document, read back from its term vector (positions and offsets), in position
/// order — what Lucene's <c>TokenStreamFromTermPositionVector</c> gives the highlighter, without its cost: that one
/// makes a <c>Token</c> attribute object per occurrence and sorts them in a list (28 % of the samples of the search
/// benchmark's queries; 10 % with this). Here each occurrence is a struct, sorted in an array, and each term's text is decoded once.
/// </summary>
internal sealed class TermVectorTokens : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly string[] texts;
    private readonly Occurrence[] occurrences;
    private int next;
    private int lastPosition = -1;

    private TermVectorTokens(string[] texts, Occurrence[] occurrences)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        this.texts = texts;
        this.occurrences = occurrences;
    }

    /// <summary>Null when the vector lacks positions or offsets (then the caller segments the stored text again).</summary>
    public static TermVectorTokens? From(Terms? vector)
    {
        if (vector is null || !vector.HasPositions || !vector.HasOffsets)
        {
            return null;
        }

        var texts = new List<string>();
        var occurrences = new List<Occurrence>();
        var termsEnum = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (termsEnum.MoveNext())
        {
            texts.Add(termsEnum.Term.Utf8ToString());
            positions = termsEnum.DocsAndPositions(null, positions);
            if (positions is null)
            {
                return null;
            }

            positions.NextDoc();
            for (int i = 0, freq = positions.Freq; i < freq; i++)
            {
                var position = positions.NextPosition();
                // Sequence keeps the sort stable (term order within a position), as Lucene's TimSort does.
                occurrences.Add(new Occurrence(position, occurrences.Count, texts.Count - 1, positions.StartOffset, positions.EndOffset));
            }
        }

        var sorted = occurrences.ToArray();
        Array.Sort(sorted, static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Sequence.CompareTo(b.Sequence));
        return new TermVectorTokens([.. texts], sorted);
    }

    public override bool IncrementToken()
    {
        if (next == occurrences.Length)
        {
            return false;
        }

        ClearAttributes();
        var occurrence = occurrences[next++];
        term.SetEmpty().Append(texts[occurrence.Term]);
        offset.SetOffset(occurrence.Start, occurrence.End);
        increment.PositionIncrement = occurrence.Position - lastPosition;
        lastPosition = occurrence.Position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
        lastPosition = -1;
    }

    private readonly record struct Occurrence(int Position, int Sequence, int Term, int Start, int End);
}
