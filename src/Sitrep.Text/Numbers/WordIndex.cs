using System.Runtime.CompilerServices;

namespace Sitrep.Text;

/// <summary>
/// A fixed set of words, case-insensitive like <see cref="StringComparison.OrdinalIgnoreCase"/>, giving each word's
/// position in the list it was built from. Faster than a frozen dictionary for the scanners' short words: the hash
/// reads only the length and three characters, the table is at most a quarter full so most words that are not
/// keys land on an empty slot, and a probe compares a stored hash before any character.
/// Equality matches OrdinalIgnoreCase because no key has a cased letter outside ASCII, and OrdinalIgnoreCase never
/// equates a non-ASCII character with an ASCII one; the constructor refuses keys that would break this.
/// </summary>
internal sealed class WordIndex
{
    // One slot is eight bytes, so a probe that misses (the common case) touches one small array and no string.
    private readonly record struct Slot(uint Hash, int Id);

    // One bit per (length, first letter, last letter) of the keys, case folded by "& 31": most words that are not
    // keys are turned away here, before any hashing.
    private readonly ulong[] _filter = new ulong[256];
    private readonly Slot[] _slots;     // Id -1 when empty
    private readonly string[] _folded;  // folded word by id
    private readonly int _mask;
    private readonly int _maxLength;

    /// <summary>Indexes <paramref name="words"/>; a word listed twice (in any case) keeps its last position.</summary>
    public WordIndex(IReadOnlyList<string> words)
    {
        var size = 8;
        while (size < words.Count * 4) size *= 2;
        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, -1));
        _folded = new string[words.Count];
        _mask = size - 1;
        for (var id = 0; id < words.Count; id++)
        {
            var folded = _folded[id] = Fold(words[id]);
            if (folded.Length == 0) throw new ArgumentException("an empty word cannot be indexed", nameof(words));
            _maxLength = Math.Max(_maxLength, folded.Length);
            var bit = FilterBit(folded);
            _filter[bit >> 6] |= 1UL << bit;
            var h = Hash(folded);
            var slot = (int)(h & (uint)_mask);
            while (_slots[slot].Id >= 0 && _folded[_slots[slot].Id] != folded) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot(h, id);
        }
    }

    /// <summary>The position of <paramref name="word"/> in the list the index was built from, or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= (uint)_maxLength) return -1;
        var bit = FilterBit(word);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0) return -1;
        var h = Hash(word);
        for (var slot = (int)(h & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            var s = _slots[slot];
            if (s.Id < 0) return -1;
            if (s.Hash == h && FoldedEquals(word, _folded[s.Id])) return s.Id;
        }
    }

    private static int FilterBit(ReadOnlySpan<char> word) =>
        ((word.Length & 15) << 10) | ((word[0] & 31) << 5) | (word[^1] & 31);

    private static char Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    // "| 0x20" lower-cases ASCII letters and maps a few other characters together, which only costs a collision:
    // equal words under folding always hash alike.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n == 0) return 0;
        var h = (uint)n * 0x9E3779B1u ^ (word[0] | 0x20u) * 0x85EBCA77u ^ (word[n - 1] | 0x20u) * 0xC2B2AE3Du
            ^ (word[n >> 1] | 0x20u) * 0x27D4EB2Fu;
        return h ^ (h >> 15);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length) return false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var k = folded[i];
            if (c != k && ((c | 0x20) != k || !char.IsAsciiLetterLower(k))) return false;
        }
        return true;
    }

    private static string Fold(string word)
    {
        foreach (var c in word)
        {
            if (c > '\x7f' && (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c))
                throw new ArgumentException($"'{word}' has a cased letter outside ASCII, which this index cannot fold", nameof(word));
        }
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++) span[i] = Fold(w[i]);
        });
    }
}
