using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovSites.Bench.Measuring;

/// <summary>
/// Times each save from EF Core's own diagnostic events, without touching the app: from
/// <c>SaveChangesStarting</c> of a context to the commit of its transaction, which in GovSites comes after
/// the audit interceptor has chained its entries. Gives the save's wall time and the part of it spent in
/// the database (the executed commands' durations plus the commit's), as EF measures them.
/// </summary>
internal sealed class SaveTimer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string Starting = CoreEventId.SaveChangesStarting.Name!;
    private static readonly string Executed = RelationalEventId.CommandExecuted.Name!;
    private static readonly string Committed = RelationalEventId.TransactionCommitted.Name!;
    private static readonly string Failed = CoreEventId.SaveChangesFailed.Name!;

    private readonly ConditionalWeakTable<DbContext, Window> open = [];
    private readonly ConcurrentQueue<(double WallMs, double DatabaseMs)> done = new();
    private readonly List<IDisposable> subscriptions = [];
    private readonly IDisposable all;

    public SaveTimer() => all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>The saves finished since the last call.</summary>
    public List<(double WallMs, double DatabaseMs)> Take()
    {
        var list = new List<(double, double)>();
        while (done.TryDequeue(out var item))
        {
            list.Add(item);
        }

        return list;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this, name => name == Starting || name == Executed || name == Committed || name == Failed));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case DbContextEventData { Context: { } context } when value.Key == Starting:
                // A save inside a save (the audit chain's own) belongs to the outer one.
                _ = open.GetValue(context, _ => new Window());
                break;
            case CommandExecutedEventData { Context: { } context } e when open.TryGetValue(context, out var window):
                window.DatabaseMs += e.Duration.TotalMilliseconds;
                break;
            case TransactionEndEventData { Context: { } context } e when value.Key == Committed && open.TryGetValue(context, out var window):
                open.Remove(context);
                done.Enqueue((window.Clock.Elapsed.TotalMilliseconds, window.DatabaseMs + e.Duration.TotalMilliseconds));
                break;
            case DbContextErrorEventData { Context: { } context }:
                open.Remove(context);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        all.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    private sealed class Window
    {
        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public double DatabaseMs { get; set; }
    }
}
