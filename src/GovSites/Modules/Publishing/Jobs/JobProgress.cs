namespace GovSites.Modules.Publishing.Jobs;

/// <summary>Pages done of a running job; written by the rendering threads, read by the progress reporters.</summary>
public sealed class JobProgress
{
    private int done;
    private int total;

    public int Done => Volatile.Read(ref done);

    public int Total => Volatile.Read(ref total);

    public void Step() => Interlocked.Increment(ref done);

    public void SetTotal(int value) => Volatile.Write(ref total, Math.Max(value, Done));
}
