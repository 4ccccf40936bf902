using BenchmarkDotNet.Attributes;
using Sitrep.Coding;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The actor and event matchers, timed through <see cref="Coder.Code(Document, IReadOnlyList{Sentence})"/> on a
/// one-sentence document (the matchers themselves are internal to the coder), plus the public actor phrase
/// trie on its own so the share of dictionary lookup in actor coding can be read off.
/// </summary>
[MemoryDiagnoser]
public class CoderBenchmarks
{
    private Coder _coder = null!;
    private Document _actors = null!;
    private Document _triggers = null!;
    private IReadOnlyList<Sentence> _actorSentence = [];
    private IReadOnlyList<Sentence> _triggerSentence = [];
    private List<Token> _actorTokens = [];
    private readonly List<ActorEntry> _entries = [];

    [GlobalSetup]
    public void Setup()
    {
        _coder = new CoderBuilder().Build();
        if (_coder.LoadErrors.Count > 0) throw new InvalidOperationException("built-in dictionaries failed to load: " + _coder.LoadErrors[0]);
        _actors = NewsText.Document("bench-actors", NewsText.ManyActors);
        _triggers = NewsText.Document("bench-triggers", NewsText.ManyTriggers);
        _actorSentence = SentenceSplitter.Split(_actors);
        _triggerSentence = SentenceSplitter.Split(_triggers);
        _actorTokens = Tokenizer.Tokenize(NewsText.ManyActors);

        // The inputs must exercise what they claim to, or the figures mean nothing.
        Require(_actorSentence.Count == 1 && _triggerSentence.Count == 1, "each input must be one sentence");
        Require(CodeActorSentence() >= 8, "the actor sentence should yield at least 8 actor mentions");
        Require(LookUpActorPhrases() >= 8, "the actor trie should match at least 8 phrases");
        Require(CodeTriggerSentence() >= 3, "the trigger sentence should yield at least 3 events");
    }

    /// <summary>Actor matching: a sentence naming a dozen states, organisations and office holders.</summary>
    [Benchmark]
    public int CodeActorSentence() => _coder.Code(_actors, _actorSentence).Analysis.Mentions.Count;

    /// <summary>Event matching: a sentence with accuse, strike, threaten, sanction and pledge triggers.</summary>
    [Benchmark]
    public int CodeTriggerSentence() => _coder.Code(_triggers, _triggerSentence).Analysis.Events.Count;

    /// <summary>Longest-match dictionary lookup at every word of the actor sentence, without composition or roles.</summary>
    [Benchmark]
    public int LookUpActorPhrases()
    {
        var phrases = _coder.Lexicon.Actors.Phrases;
        var matched = 0;
        for (var i = 0; i < _actorTokens.Count;)
        {
            var n = phrases.MatchLongest(NewsText.ManyActors, _actorTokens, i, _entries);
            if (n > 0) matched++;
            i += Math.Max(1, n);
        }
        return matched;
    }

    private static void Require(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("benchmark input no longer fits: " + what);
    }
}
