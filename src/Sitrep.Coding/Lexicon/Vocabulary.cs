using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Every distinct dictionary word of a lexicon, numbered. The coder looks each token of a sentence up here once
/// (see <see cref="SentenceFrame.Lex"/>); the actor, modifier and verb matchers then follow word numbers instead
/// of hashing the token's text again, once per matcher. Words compare as <see cref="TokenKeys"/> says: case-insensitively,
/// with typographic apostrophes folded.
/// </summary>
/// <remarks>
/// Nearly every token is ASCII, and for ASCII the lookup key is the token lower-cased. Those tokens go through an
/// open-addressing table of compact arrays, hashed with the same FNV-1a that gives the token its <see cref="WordMask"/>
/// bit, so one pass over the characters yields both. Anything else takes the exact path: a dictionary compared with
/// <see cref="StringComparer.OrdinalIgnoreCase"/>, as the matchers always did.
/// </remarks>
public sealed class Vocabulary
{
    /// <summary>The number of a token that is no dictionary's word.</summary>
    public const int Unknown = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private WordRoles[] _roles = new WordRoles[64];
    private readonly AsciiTable _ascii = new();

    // A word with a non-ASCII letter that upper-cases to ASCII ("ı" → "I") equals an ASCII token under
    // OrdinalIgnoreCase; with one in the lexicon, every token takes the exact path.
    private bool _asciiUnsafe;

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in FunctionWords) GetOrAdd(w);
        // The date and quantity scanners' words, so that one lookup per token serves them too (see SentenceFrame.Lex).
        foreach (var (w, c) in TokenClasses.ListedWords)
        {
            var id = GetOrAdd(TokenKeys.Fold(w));
            if (_textClasses.Length <= id) Array.Resize(ref _textClasses, Math.Max(id + 1, _textClasses.Length * 2));
            _textClasses[id] |= c;
        }
    }

    private TokenClass[] _textClasses = new TokenClass[256];

    /// <summary>The date and quantity class of word <paramref name="id"/> (see <see cref="TokenClasses.ListedWords"/>).</summary>
    public TokenClass TextClassOf(int id) => (uint)id < (uint)_textClasses.Length ? _textClasses[id] : TokenClass.None;

    private static readonly string[] FunctionWords = [.. Enum.GetNames<FunctionWord>().Select(n => n.ToLowerInvariant())];

    /// <summary>How many words are numbered: the function words every vocabulary starts with, and the dictionaries'.</summary>
    public int Count => _ids.Count;

    /// <summary>The number of a folded dictionary word (see <see cref="TokenKeys.Fold"/>), added if new.</summary>
    public int GetOrAdd(string folded)
    {
        if (_ids.TryGetValue(folded, out var id)) return id;
        id = _ids.Count;
        _ids.Add(folded, id);
        if (AsciiTable.IsAscii(folded)) _ascii.Add(folded, id);
        else if (UpperCasesToAscii(folded)) _asciiUnsafe = true;
        return id;
    }

    /// <summary>The number of a lookup key (see <see cref="TokenKeys.Of"/>), or <see cref="Unknown"/>.</summary>
    public int Find(ReadOnlySpan<char> key) => _ids.Count > 0 && _lookup.TryGetValue(key, out var id) ? id : Unknown;

    /// <summary>The number of a token's word, or <see cref="Unknown"/>.</summary>
    public int Of(string text, Token t) => Of(text, t, out _, out _);

    /// <summary>
    /// The number of a token's word, or <see cref="Unknown"/>, and the token's <see cref="WordMask"/> bit;
    /// <paramref name="ascii"/> tells whether the token went through the ASCII table, where a word compares with a key
    /// exactly as the date and quantity scanners' own tables compare it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Of(string text, Token t, out int maskBit, out bool ascii)
    {
        var span = t.In(text);
        if (!_asciiUnsafe && AsciiTable.TryHash(span, out var hash))
        {
            maskBit = WordMask.BitOfHash(hash);
            ascii = true;
            return t.Kind is TokenKind.Newline ? Unknown : _ascii.Find(span, hash);
        }
        maskBit = WordMask.Bit(span);
        ascii = false;
        return t.Kind is TokenKind.Newline ? Unknown : Find(TokenKeys.Of(text, t));
    }

    /// <summary>What word <paramref name="id"/> can start (see <see cref="WordRoles"/>); none for <see cref="Unknown"/>.</summary>
    public WordRoles RolesOf(int id) => (uint)id < (uint)_roles.Length ? _roles[id] : WordRoles.None;

    /// <summary>Notes that word <paramref name="id"/> has <paramref name="role"/> in some dictionary.</summary>
    public void AddRole(int id, WordRoles role)
    {
        if (role == WordRoles.None) return;
        if (_roles.Length <= id) Array.Resize(ref _roles, Math.Max(id + 1, _roles.Length * 2));
        _roles[id] |= role;
    }

    private static bool UpperCasesToAscii(string word)
    {
        foreach (var c in word)
            if (c >= 128 && char.ToUpperInvariant(c) < 128) return true;
        return false;
    }
}
