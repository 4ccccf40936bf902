namespace Sitrep.Domain;

/// <summary>
/// One political event coded from one sentence: who did what to whom, when, and how sure the text is.
/// </summary>
public sealed record CodedEvent
{
    /// <summary>Stable id derived from document, sentence and trigger span.</summary>
    public required string Id { get; init; }

    /// <summary>The sentence the event was read from; <see cref="Provenance.Span"/> covers the words that express it.</summary>
    public required Provenance At { get; init; }

    /// <summary>The words that express the event (actor through trigger and recipient).</summary>
    public required string Text { get; init; }

    public required EventType Type { get; init; }
    public string? Mode { get; init; }
    public string? Context { get; init; }
    public string? Cameo { get; init; }

    /// <summary>When it happened: a date in the sentence, else the publication date; null when neither is known.</summary>
    public required PartialDate? Date { get; init; }

    public IReadOnlyList<ActorMention> Actors { get; init; } = [];
    public IReadOnlyList<ActorMention> Recipients { get; init; } = [];

    /// <summary>The text says the event did not happen ("did not attack", "denied sending").</summary>
    public bool Negated { get; init; }

    /// <summary>The text hedges or speculates ("might", "could be drawn in", "reportedly").</summary>
    public bool Hedged { get; init; }

    /// <summary>Who the text says reported it ("according to South Korean intelligence").</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>The verb phrase that triggered the event and the pattern that matched (for explanations).</summary>
    public string? Trigger { get; init; }
    public string? Pattern { get; init; }
}

/// <summary>Who a statement is attributed to: the words, and the actor they code to when they do.</summary>
public sealed record Attribution(string Text, TextSpan Span, ActorCode? Actor);
