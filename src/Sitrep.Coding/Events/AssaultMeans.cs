namespace Sitrep.Coding;

/// <summary>
/// The ASSAULT mode a sentence's weapon words imply when the verb itself says nothing of the means ("killed",
/// "attacked", "wounded"): the manual's modes are about the means of violence (explosives, heavy weapons,
/// firearms, primitive weapons, aircraft, drones, suicide attacks). The words are in means.txt. A suicide attack is
/// the most specific and wins; then the first weapon word in the sentence.
/// </summary>
internal static class AssaultMeans
{
    private const string Suicide = "suicide-attack";

    /// <summary>The mode the sentence's weapon words imply, or null when it names none.</summary>
    public static string? Of(SentenceFrame f, Means means, List<string> scratch)
    {
        string? first = null;
        var ids = f.Ids;
        for (var i = 0; i < ids.Length; i++)
        {
            if ((f.Roles[i] & WordRoles.StartsMeans) == 0) continue;
            var n = means.Phrases.MatchLongest(f.Text, f.Tokens, ids, i, scratch);
            if (n == 0) continue;
            foreach (var mode in scratch)
            {
                if (mode == Suicide) return mode;
                first ??= mode;
            }
            i += n - 1;
        }
        return first;
    }
}
