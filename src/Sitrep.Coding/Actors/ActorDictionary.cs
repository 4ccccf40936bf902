namespace Sitrep.Coding;

/// <summary>All actor phrases (countries, organisations, groups, people, sector words) in one trie.</summary>
public sealed class ActorDictionary
{
    public PhraseTrie<ActorEntry> Phrases { get; } = new();

    public int Count => Phrases.Count;

    public void Add(string[] words, ActorEntry entry) => Phrases.Add(words, entry);
}
