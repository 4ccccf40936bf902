namespace Sitrep.Coding;

/// <summary>
/// The ASCII words of a <see cref="Vocabulary"/> in an open-addressing table: a probe reads one 8-byte slot (hash and
/// id) and, when the hashes agree, compares the characters with one contiguous buffer, so a lookup touches few cache
/// lines and no objects.
/// Keys are lower-case; tokens are lower-cased as they are hashed and compared.
/// </summary>
internal sealed class AsciiTable
{
    private const uint FnvOffset = 2166136261u;
    private const uint FnvPrime = 16777619u;

    // A slot is 8 bytes (hash and id), so the table stays small enough for the cache; the key's characters are read
    // only when the hashes agree.
    private struct Slot
    {
        public uint Hash;
        public int Id;
    }

    private Slot[] _slots = Empty(64);
    private (int Start, int Length)[] _keys = new (int, int)[64];
    private char[] _chars = new char[256];
    private int _used;
    private int _count;

    /// <summary>FNV-1a over the lower-cased characters (the hash <see cref="WordMask.Bit"/> mixes down), or false for non-ASCII.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryHash(ReadOnlySpan<char> s, out uint hash)
    {
        var h = FnvOffset;
        foreach (var c in s)
        {
            if (c >= 128) { hash = 0; return false; }
            h = (h ^ Lower(c)) * FnvPrime;
        }
        hash = h;
        return true;
    }

    public static bool IsAscii(string s)
    {
        foreach (var c in s) if (c >= 128) return false;
        return true;
    }

    public void Add(string key, int id)
    {
        if ((_count + 1) * 2 > _slots.Length) Grow();
        while (_used + key.Length > _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        key.CopyTo(_chars.AsSpan(_used));
        if (_keys.Length <= id) Array.Resize(ref _keys, Math.Max(id + 1, _keys.Length * 2));
        _keys[id] = (_used, key.Length);
        _used += key.Length;
        TryHash(key, out var hash);
        Insert(new Slot { Hash = hash, Id = id });
        _count++;
    }

    /// <summary>The id of <paramref name="token"/> (ASCII, hashed by <see cref="TryHash"/>), or <see cref="Vocabulary.Unknown"/>.</summary>
    public int Find(ReadOnlySpan<char> token, uint hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)(hash & (uint)mask); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot.Id < 0) return Vocabulary.Unknown;
            if (slot.Hash != hash) continue;
            var (start, length) = _keys[slot.Id];
            if (length == token.Length && Matches(token, _chars.AsSpan(start, length))) return slot.Id;
        }
    }

    private static bool Matches(ReadOnlySpan<char> token, ReadOnlySpan<char> key)
    {
        for (var k = 0; k < key.Length; k++)
            if (Lower(token[k]) != key[k]) return false;
        return true;
    }

    private void Insert(Slot entry)
    {
        var mask = _slots.Length - 1;
        var i = (int)(entry.Hash & (uint)mask);
        while (_slots[i].Id >= 0) i = (i + 1) & mask;
        _slots[i] = entry;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = Empty(old.Length * 2);
        foreach (var entry in old)
            if (entry.Id >= 0) Insert(entry);
    }

    private static Slot[] Empty(int n)
    {
        var a = new Slot[n];
        Array.Fill(a, new Slot { Id = Vocabulary.Unknown });
        return a;
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
