using Sitrep.Domain;

namespace Sitrep.Ingest.Drafts;

/// <summary>The lines of a normalised text as spans (without their '\n').</summary>
internal static class Lines
{
    public static IEnumerable<TextSpan> Of(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            yield return new TextSpan(start, end);
            start = end + 1;
        }
    }
}
