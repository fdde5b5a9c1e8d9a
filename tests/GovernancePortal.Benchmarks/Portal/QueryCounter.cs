using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// Records the SQL commands EF Core executes in this process through EF's DiagnosticListener (no change to the app):
/// each command's text and its time including reading its rows, and the span from the first command's start to the
/// last one's end, and query compilations. Only these events are enabled, and only while the counter exists, so the timed load phases run
/// without it. Meant for one request at a time.
/// </summary>
internal sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string Executing = RelationalEventId.CommandExecuting.Name!;
    private static readonly string Executed = RelationalEventId.CommandExecuted.Name!;
    private static readonly string ReaderDisposing = RelationalEventId.DataReaderDisposing.Name!;
    private static readonly string Compiling = CoreEventId.QueryCompilationStarting.Name!;

    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<(string Text, TimeSpan Duration)> _commands = [];
    private DateTimeOffset? _first;
    private DateTimeOffset? _last;
    private int _compilations;

    public QueryCounter() => _listeners = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>
    /// Commands since the last reset, each with its time including reading; first start to last end; and how many LINQ
    /// queries EF had to compile (a query compiled on every request has missed EF's query cache).
    /// </summary>
    public (IReadOnlyList<(string Text, TimeSpan Duration)> Commands, TimeSpan Span, int Compilations) Read()
    {
        lock (_commands)
        {
            return ([.. _commands], _first is { } first && _last is { } last ? last - first : TimeSpan.Zero, _compilations);
        }
    }

    public void Reset()
    {
        lock (_commands)
        {
            _commands.Clear();
            _first = null;
            _last = null;
            _compilations = 0;
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == Executing || name == Executed || name == ReaderDisposing || name == Compiling));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        lock (_commands)
        {
            switch (value.Value)
            {
                case CommandEventData executing when value.Key == Executing:
                    _first ??= executing.StartTime;
                    break;
                case CommandExecutedEventData executed when value.Key == Executed && executed.ExecuteMethod != DbCommandMethod.ExecuteReader:
                    Add(executed.Command.CommandText, executed.Duration, executed.StartTime);
                    break;
                case DataReaderDisposingEventData reader when value.Key == ReaderDisposing:
                    Add(reader.Command.CommandText, reader.Duration, reader.StartTime);
                    break;
                case QueryExpressionEventData when value.Key == Compiling:
                    _compilations++;
                    break;
                default:
                    break;
            }
        }
    }

    private void Add(string text, TimeSpan duration, DateTimeOffset start)
    {
        _commands.Add((text, duration));
        var end = start + duration;
        _last = _last is { } last && last > end ? last : end;
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }
}
