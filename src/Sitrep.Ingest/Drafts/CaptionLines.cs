namespace Sitrep.Ingest.Drafts;

/// <summary>
/// Recognises photo-caption lines in plain text, so later stages can keep them apart from the story:
/// "Photo: …", "Caption: …", "Pictured: …", "(Photo …)", and lines ending in a photo credit such as
/// "(AP Photo/Jane Doe)", "(Reuters)" or "REUTERS/Jane Doe".
/// </summary>
internal static class CaptionLines
{
    private static readonly string[] Prefixes =
        ["Photo:", "Photo by ", "Photograph:", "Photos:", "Caption:", "Pictured:", "Picture:", "Image:", "(Photo", "Credit:"];

    private static readonly string[] CreditWords =
        ["photo", "getty", "images", "reuters", "afp", "ap", "epa", "efe", "anadolu", "credit", "handout", "file", "courtesy", "pool"];

    private static readonly string[] Agencies =
        ["REUTERS", "AFP", "AP", "EPA", "EPA-EFE", "ANADOLU", "XINHUA", "TASS", "SPUTNIK", "UKRINFORM", "POOL", "HANDOUT"];

    private const int MaxCaptionLength = 400;

    public static bool IsCaption(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > MaxCaptionLength) return false;
        foreach (var prefix in Prefixes)
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return EndsWithParenthesisedCredit(line) || EndsWithAgencySlashCredit(line);
    }

    /// <summary>"… on Sunday. (AP Photo/Efrem Lukatsky)" or "… in Bakhmut. (Reuters)".</summary>
    private static bool EndsWithParenthesisedCredit(ReadOnlySpan<char> line)
    {
        if (line[^1] != ')') return false;
        var open = line.LastIndexOf('(');
        if (open <= 0 || line.Length - open > 80) return false;
        var inner = line[(open + 1)..^1];
        foreach (var word in inner.SplitAny(" /,;:-"))
        {
            var w = inner[word];
            foreach (var credit in CreditWords)
                if (w.Equals(credit, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Wire style: "… fire towards Russian positions. REUTERS/Jane Doe".</summary>
    private static bool EndsWithAgencySlashCredit(ReadOnlySpan<char> line)
    {
        var slash = line.LastIndexOf('/');
        if (slash < 2 || line.Length - slash > 40) return false;
        var name = line[(slash + 1)..];
        if (name.IsEmpty || !char.IsUpper(name[0]) || name.Contains(". ", StringComparison.Ordinal)) return false;
        var agency = line[(line[..slash].LastIndexOf(' ') + 1)..slash];
        foreach (var known in Agencies)
            if (agency.SequenceEqual(known)) return true;
        return false;
    }
}
