using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// What a document has said so far, for simple in-document reference: the last person and state named
/// (for "he" and "its troops"), surnames of people named in full ("Kim" after "Kim Jong Un"), and
/// epithets the text defines ("North Korea, often called the Hermit Kingdom").
/// </summary>
internal sealed class DocumentMemory
{
    public ActorCode? LastPerson;
    public ActorCode? LastState;
    public ActorCode? LastPlural;

    /// <summary>Single-word aliases learnt in this document (case-sensitive: they are proper names).</summary>
    public readonly Dictionary<string, ActorCode> Aliases = new(StringComparer.Ordinal);
    private Dictionary<string, ActorCode>.AlternateLookup<ReadOnlySpan<char>>? _aliasLookup;

    /// <summary>Multi-word epithets learnt in this document.</summary>
    public readonly PhraseTrie<ActorCode> Epithets = new();

    public bool TryAlias(ReadOnlySpan<char> word, out ActorCode code)
    {
        _aliasLookup ??= Aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        return _aliasLookup.Value.TryGetValue(word, out code!);
    }

    // Cultures that write the family name first: "Kim Jong Un" is "Kim", "Xi Jinping" is "Xi".
    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal) { "PRK", "KOR", "CHN", "TWN", "VNM", "HKG", "MAC" };

    public void RememberPerson(string fullName, ActorCode code)
    {
        LastPerson = code;
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return;
        var surname = FamilyNameFirst.Contains(code.Code) ? words[0] : words[^1];
        if (surname.Length >= 2 && char.IsUpper(surname[0])) Aliases[surname] = code;
    }
}
