using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// "Did you mean", from the index's own vocabulary (Lucene.Net.Suggest is not used). A word the index does not
/// know is replaced by the most frequent indexed word one edit away. The segmenter splits an unknown
/// Chinese word such as "公凯" into single characters, so runs of single characters are first joined back into
/// two-character words before they are looked up.
/// </summary>
internal static class Suggester
{
    public static string? Suggest(IndexReader reader, IReadOnlyList<QueryText.Token> tokens)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Body);
        if (terms is null)
        {
            return null;
        }

        var words = JoinSingleCharacters(tokens.Select(t => t.Text).ToList());
        var changed = false;
        var suggestion = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (reader.DocFreq(new Term(SearchFields.Body, word)) > 0)
            {
                suggestion.Add(word);
                continue;
            }

            var replacement = Nearest(terms, word);
            changed |= replacement is not null;
            suggestion.Add(replacement ?? word);
        }

        return changed ? Join(suggestion) : null;
    }

    private static string? Nearest(Terms terms, string word)
    {
        if (word.Length < 2)
        {
            return null;
        }

        var edits = word.Length > 5 && word.All(char.IsAscii) ? 2 : 1;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Body, word), edits, 0, true);
        string? best = null;
        var bestFrequency = 0;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (fuzzy.DocFreq > bestFrequency && candidate.Length == word.Length)
            {
                best = candidate;
                bestFrequency = fuzzy.DocFreq;
            }
        }

        return best;
    }

    private static List<string> JoinSingleCharacters(List<string> words)
    {
        var joined = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (IsSingleHan(words[i]) && i + 1 < words.Count && IsSingleHan(words[i + 1]))
            {
                joined.Add(words[i] + words[i + 1]);
                i++;
            }
            else
            {
                joined.Add(words[i]);
            }
        }

        return joined;
    }

    private static bool IsSingleHan(string word) => word.Length == 1 && word[0] is >= '\u4e00' and <= '\u9fff';

    private static string Join(List<string> words)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && (char.IsAscii(words[i][0]) || char.IsAscii(words[i - 1][^1])))
            {
                text.Append(' ');
            }

            text.Append(words[i]);
        }

        return text.ToString();
    }
}
