using Sitrep.Ingest.Drafts;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// The last line of defence for "never throws for bad input": a third-party parser that throws on some odd
/// file becomes a failure for that file, and the batch goes on.
/// </summary>
internal static class Guarded
{
    public static IEnumerable<IngestItem> Items(Func<IEnumerable<IngestItem>> read, string path)
    {
        IEnumerator<IngestItem>? items = null;
        try
        {
            while (true)
            {
                IngestItem? next;
                try
                {
                    items ??= read().GetEnumerator();
                    next = items.MoveNext() ? items.Current : null;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    next = Origin.Whole(path).Fail($"could not parse ({e.GetType().Name}): {SourceFile.FirstLine(e.Message)}");
                    items?.Dispose();
                    items = null;
                }
                if (next is null) yield break;
                yield return next;
                if (items is null) yield break;
            }
        }
        finally
        {
            items?.Dispose();
        }
    }
}
