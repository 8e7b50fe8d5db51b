namespace GovSites.BenchCorpus;

/// <summary>
/// Draws index k of n with probability proportional to 1 / (k + 1)^s: the first items of a list (the
/// commonest words) come up far more often than the last, as words do in real text.
/// </summary>
public sealed class Zipf
{
    private readonly double[] cumulative;

    public Zipf(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        cumulative = new double[count];
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    public int Count => cumulative.Length;

    public int Next(Random random)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}

/// <summary>A word list drawn from with Zipf weights, in the order given (commonest first).</summary>
public sealed class WordList(IReadOnlyList<string> words, double exponent = 1.0)
{
    private readonly Zipf zipf = new(words.Count, exponent);

    public string Next(Random random) => words[zipf.Next(random)];
}
