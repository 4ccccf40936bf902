namespace Sitrep.Coding.Petrarch;

/// <summary>A meaningful line of a PETRARCH/TABARI dictionary: its 1-based number, its text, and whether it was indented.</summary>
public readonly record struct PetrarchLine(int Number, string Text, bool Indented);

/// <summary>
/// Reads PETRARCH dictionary lines the way its documentation describes: "#" starts a comment (except inside a
/// "[...]" code, where "###" is a code), "&lt;!-- … --&gt;" comments may span lines, blank lines are skipped.
/// Actor files also treat ";" as the start of a comment ("JAMES_BYRNES_ ; CountryInfo.txt").
/// </summary>
public static class PetrarchLines
{
    public static IEnumerable<PetrarchLine> Read(DataFile file, bool semicolonComments = false)
    {
        var inBlockComment = false;
        for (var i = 0; i < file.Lines.Count; i++)
        {
            var raw = file.Lines[i];
            var text = StripBlockComments(raw, ref inBlockComment);
            text = StripLineComment(text, semicolonComments).TrimEnd();
            if (text.Trim().Length == 0) continue;
            var indented = text.Length > 0 && char.IsWhiteSpace(text[0]);
            yield return new PetrarchLine(i + 1, text.Trim(), indented);
        }
    }

    // "<!-- … -->" and the malformed "<! -- … -->" seen in the wild; may open on one line and close on a later one.
    private static string StripBlockComments(string line, ref bool inComment)
    {
        if (!inComment && !line.Contains("<!", StringComparison.Ordinal)) return line;
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                var close = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (close < 0) return result.ToString();
                inComment = false;
                i = close + 3;
                continue;
            }
            var open = line.IndexOf("<!", i, StringComparison.Ordinal);
            if (open < 0) { result.Append(line, i, line.Length - i); break; }
            result.Append(line, i, open - i);
            inComment = true;
            i = open + 2;
        }
        return result.ToString();
    }

    private static string StripLineComment(string line, bool semicolon)
    {
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (depth == 0 && (c == '#' || (semicolon && c == ';'))) return line[..i];
        }
        return line;
    }
}
