using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// Marks the query's words in a hit's title and in up to two passages of its body. The places of the words come
/// from the document's term vectors (offsets stored at indexing): only the query's own terms are looked up in
/// them, so a hit costs a few seeks however long its body is — not a walk over every token of the text, which
/// made highlighting with Lucene's <c>Highlighter</c> about a third of the time of a search. The passages are the
/// text cut into blocks of <see cref="SnippetLength"/> characters; the blocks with the most distinct query words
/// are shown (the earlier one on a tie), two neighbouring blocks as one. Everything is HTML-escaped; the only
/// markup in the result is the &lt;mark&gt; added here.
/// </summary>
internal sealed class Highlighting(IReadOnlyCollection<string> words)
{
    private const int SnippetLength = 120;
    private const int Passages = 2;

    private readonly BytesRef[] terms = [.. words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(w => new BytesRef(w))];

    public (string Title, string Snippet) Mark(IndexReader reader, int docId, string titleText, string bodyText)
    {
        // The document's term vectors are decoded once for both fields.
        var vectors = reader.GetTermVectors(docId);
        var titleHtml = Markup(titleText, Matches(vectors?.GetTerms(SearchFields.Title), titleText.Length), 0, titleText.Length);
        return (titleHtml, Snippet(bodyText, Matches(vectors?.GetTerms(SearchFields.Body), bodyText.Length)));
    }

    private static string Snippet(string body, List<Match> matches)
    {
        var more = body.Length > SnippetLength ? "…" : "";
        if (matches.Count == 0)
        {
            return Escape(body.Length > SnippetLength ? body[..SnippetLength] : body) + more;
        }

        // Score each block by the distinct words in it: a bit per query word (the first 64 suffice).
        var blocks = new Dictionary<int, ulong>();
        foreach (var match in matches)
        {
            var block = match.Start / SnippetLength;
            blocks[block] = blocks.GetValueOrDefault(block) | (1UL << Math.Min(match.Word, 63));
        }

        var chosen = blocks
            .OrderByDescending(b => ulong.PopCount(b.Value)).ThenBy(b => b.Key)
            .Take(Passages).Select(b => b.Key).Order().ToList();
        var passages = new List<string>(Passages);
        for (var i = 0; i < chosen.Count; i++)
        {
            var first = chosen[i];
            var last = i + 1 < chosen.Count && chosen[i + 1] == first + 1 ? chosen[++i] : first;
            var start = Cut(body, matches, first * SnippetLength);
            var end = Cut(body, matches, Math.Min(body.Length, (last + 1) * SnippetLength));
            if (end <= start)
            {
                // One run of Latin letters longer than the passage (a long address): cut it where the block ends.
                (start, end) = (first * SnippetLength, Math.Min(body.Length, (last + 1) * SnippetLength));
            }

            while (start < end && char.IsWhiteSpace(body[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(body[end - 1]))
            {
                end--;
            }

            passages.Add(Markup(body, matches, start, end));
        }

        return string.Join("…", passages) + more;
    }

    /// <summary>
    /// Where a block boundary near <paramref name="at"/> falls: not inside a run of Latin letters or digits (a
    /// word or a number stays whole), and not inside a matched word.
    /// </summary>
    private static int Cut(string text, List<Match> matches, int at)
    {
        if (at <= 0 || at >= text.Length)
        {
            return Math.Clamp(at, 0, text.Length);
        }

        var cut = at;
        while (cut > 0 && char.IsAsciiLetterOrDigit(text[cut - 1]) && char.IsAsciiLetterOrDigit(text[cut]))
        {
            cut--;
        }

        foreach (var match in matches)
        {
            if (match.Start < cut && cut < match.End)
            {
                return match.End;
            }
        }

        return cut;
    }

    /// <summary>The text from start to end, escaped, with every match inside it marked.</summary>
    private static string Markup(string text, List<Match> matches, int start, int end)
    {
        var html = new StringBuilder(end - start + 32);
        var at = start;
        foreach (var match in matches)
        {
            if (match.Start < at || match.End > end)
            {
                continue;
            }

            Escape(html, text.AsSpan(at, match.Start - at));
            html.Append("<mark>");
            Escape(html, text.AsSpan(match.Start, match.End - match.Start));
            html.Append("</mark>");
            at = match.End;
        }

        Escape(html, text.AsSpan(at, end - at));
        return html.ToString();
    }

    /// <summary>
    /// The query's words in one field of one document, in text order, without overlaps, from the field's term
    /// vector (every document has one with offsets: <see cref="SearchFields"/>).
    /// </summary>
    private List<Match> Matches(Terms? vector, int length)
    {
        var matches = new List<Match>();
        if (vector is not { HasOffsets: true })
        {
            return matches;
        }

        var termsEnum = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        for (var word = 0; word < terms.Length; word++)
        {
            if (!termsEnum.SeekExact(terms[word]))
            {
                continue;
            }

            positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (int i = 0, freq = positions.Freq; i < freq; i++)
            {
                positions.NextPosition();
                Add(matches, word, positions.StartOffset, positions.EndOffset, length);
            }
        }

        matches.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // Overlaps (not made by the segmenter, but possible with another analyzer): the first, longest one wins.
        var end = 0;
        matches.RemoveAll(m =>
        {
            var overlaps = m.Start < end;
            end = Math.Max(end, m.End);
            return overlaps;
        });
        return matches;
    }

    private static void Add(List<Match> matches, int word, int start, int end, int length)
    {
        if (0 <= start && start < end && end <= length)
        {
            matches.Add(new Match(start, end, word));
        }
    }

    /// <summary>HTML-escapes text the way the pages need it; Chinese stays as characters.</summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        Escape(html, text);
        return html.ToString();
    }

    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }

    private readonly record struct Match(int Start, int End, int Word);
}
