using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Writing;

/// <summary>
/// One prepared, parameterised INSERT that is compiled once and re-run for every row, so bulk writes inside a
/// transaction pay for SQL parsing only once per store rather than once per row.
/// </summary>
internal sealed class InsertCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    /// <param name="table">Table name; always a constant of this assembly, never user input.</param>
    /// <param name="columns">Column names in the order values are passed to <see cref="Execute"/>.</param>
    public InsertCommand(SqliteConnection connection, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        _parameters = new SqliteParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
            _parameters[i] = _command.Parameters.Add(new SqliteParameter("$" + columns[i], DBNull.Value));
        _command.Prepare();
    }

    /// <summary>Inserts one row; <paramref name="values"/> follow the column order given at construction.</summary>
    public void Execute(SqliteTransaction transaction, params ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"Expected {_parameters.Length} values, got {values.Length}.", nameof(values));
        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            _parameters[i].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
