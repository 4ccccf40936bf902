namespace Sitrep.Coding;

/// <summary>All actor phrases (countries, organisations, groups, people, sector words) in one trie.</summary>
public sealed class ActorDictionary(Vocabulary words)
{
    public ActorDictionary() : this(new Vocabulary()) { }

    public PhraseTrie<ActorEntry> Phrases { get; } = new(words, WordRoles.StartsActor);

    public int Count => Phrases.Count;

    public void Add(string[] words, ActorEntry entry) => Phrases.Add(words, entry);
}
