namespace Sitrep.Domain;

/// <summary>
/// An input that could not be read, as data: the file, the line when known, and why.
/// One bad document never sinks a batch; it is reported and skipped.
/// </summary>
public sealed record IngestFailure(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is null ? $"{Path}: {Reason}" : $"{Path}:{Line}: {Reason}";
}

/// <summary>A problem in a dictionary or reference data file, with file and line.</summary>
public sealed record DataFileError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
