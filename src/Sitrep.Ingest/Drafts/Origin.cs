using Sitrep.Domain;

namespace Sitrep.Ingest.Drafts;

/// <summary>Where a draft came from: the file (and line) failures name, and the path the document records.</summary>
internal readonly record struct Origin(string File, int? Line, string DocumentPath)
{
    public static Origin Whole(string path) => new(path, null, path);

    public IngestFailed Fail(string reason) => new(new IngestFailure(File, Line, reason));
}
