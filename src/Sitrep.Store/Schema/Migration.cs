namespace Sitrep.Store.Schema;

/// <summary>One step of the schema history: the SQL that takes a database from <c>Version - 1</c> to <c>Version</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
