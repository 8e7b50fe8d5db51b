using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovSites.Bench.Measuring;

/// <summary>
/// While recording, keeps every SQL command EF executes — its text, parameters and duration — from EF's
/// diagnostic events, so one request can be taken apart and its queries explained.
/// </summary>
internal sealed class CommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string Executed = RelationalEventId.CommandExecuted.Name!;

    private readonly List<IDisposable> subscriptions = [];
    private readonly IDisposable all;
    private List<Command>? recording;

    public CommandLog() => all = DiagnosticListener.AllListeners.Subscribe(this);

    public sealed record Command(string Text, IReadOnlyList<DbParameter> Parameters, double Ms);

    public void Start() => recording = [];

    public List<Command> Stop()
    {
        var list = recording ?? [];
        recording = null;
        return list;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this, name => name == Executed));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (recording is { } list && value.Value is CommandExecutedEventData e)
        {
            var parameters = e.Command.Parameters.Cast<DbParameter>().Select(Copy).ToList();
            lock (list)
            {
                list.Add(new Command(e.Command.CommandText, parameters, e.Duration.TotalMilliseconds));
            }
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

    /// <summary>A parameter to run the command again: Npgsql's keep their types by cloning; SQLite's need only name, type and value.</summary>
    private static DbParameter Copy(DbParameter p) => p switch
    {
        ICloneable cloneable => (DbParameter)cloneable.Clone(),
        SqliteParameter s => new SqliteParameter(s.ParameterName, s.Value) { SqliteType = s.SqliteType },
        _ => throw new NotSupportedException(p.GetType().Name),
    };
}
