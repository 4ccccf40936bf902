using System.Collections.Frozen;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Reconcile;

/// <summary>
/// Finds the place a claim's clause names for the figure: a name after a place word ("in", "to", "reached" …), or
/// "the front". The first one after the figure wins ("sent to Russia", "are now in the Kursk region"); only when
/// none follows is the clause before the figure read ("units in Kursk have suffered at least 200 casualties").
/// A place after "from" is where something came from and is skipped: "from ports near Chongjin … to Vladivostok".
/// </summary>
internal static class PlaceFinder
{
    /// <summary>Lowercase words that may follow a name that places.txt does not list. Any other lowercase word makes
    /// the name a modifier rather than a place: "killed in Russian strikes", "sent to Wagner units".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterUnlistedName = new[]
    {
        "on", "in", "at", "by", "since", "for", "from", "to", "and", "or", "but", "last", "this", "earlier", "later",
        "after", "before", "during", "as", "where", "which", "while", "amid", "near", "with", "until", "over", "under",
        "have", "has", "had", "were", "was", "are", "is", "will", "would", "so", "that", "when", "of",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static StatedPlace? Find(in ClaimWords w, PlaceBook book) =>
        Scan(w, book, w.ClaimEnd, w.ClauseEnd, firstWins: true) ?? Scan(w, book, w.ClauseStart, w.ClaimFirst, firstWins: false);

    private static StatedPlace? Scan(in ClaimWords w, PlaceBook book, int from, int to, bool firstWins)
    {
        StatedPlace? found = null;
        var origin = false;
        for (var i = from; i < to; i++)
        {
            if (!w.Tokens[i].IsWord) continue;
            var word = w.Word(i);
            if (book.IsOrigin(word))
            {
                origin = true;
                // "from Pyongyang to Moscow": the origin is named at once; skip it and let the next place count.
                if (TryRead(w, book, i + 1, to, out _, out var after)) { origin = false; i = after - 1; }
                continue;
            }
            if (!book.IsCue(word) || !TryRead(w, book, i + 1, to, out var place, out var end)) continue;
            if (origin)
            {
                origin = false; // "from ports near Chongjin": the first place after "from" is still the origin
            }
            else
            {
                found = new StatedPlace(place, new TextSpan(w.Tokens[i].Start, w.Tokens[end - 1].End));
                if (firstWins) return found;
            }
            i = end - 1;
        }
        return found;
    }

    /// <summary>Reads a place starting at token <paramref name="i"/>; <paramref name="end"/> is one past its last token.</summary>
    private static bool TryRead(in ClaimWords w, PlaceBook book, int i, int limit, out Place place, out int end)
    {
        place = null!;
        end = i;
        if (w.IsWord(i, "the")) i++;
        if (i >= limit || !w.Tokens[i].IsWord) return false;
        if (w.IsLowerWord(i))
        {
            if (Longest(w, book, i, limit, out var e, out var front) && front is { Kind: PlaceKind.Front })
            {
                place = front;
                end = e;
                return true;
            }
            // "eastern Russia" is Russia.
            return book.IsDirection(w.Word(i)) && i + 1 < limit && w.IsCapitalised(i + 1) && TryName(w, book, i + 1, limit, out place, out end);
        }
        return TryName(w, book, i, limit, out place, out end);
    }

    private static bool TryName(in ClaimWords w, PlaceBook book, int i, int limit, out Place place, out int end)
    {
        place = null!;
        end = i;
        int e;
        if (Longest(w, book, i, limit, out var listedEnd, out var listed))
        {
            if (listed is null) return false; // "in March", "to NATO"
            place = listed;
            e = listedEnd;
        }
        else
        {
            e = i;
            while (e < limit && w.IsCapitalised(e)) e++;
            if (e == i) return false;
            place = new Place(w.Text[w.Tokens[i].Start..w.Tokens[e - 1].End], PlaceKind.Unlisted);
        }

        if (e < limit && w.IsPossessive(e)) return Possessor(w, book, place, e + 1, limit, out place, out end);
        // "the Kursk region" is Kursk; "Borno state" is Borno.
        if (e < limit && w.Tokens[e].IsWord && book.IsSuffix(w.Word(e))) e++;
        else if (place.Kind == PlaceKind.Unlisted && e < limit && w.IsLowerWord(e) && !AfterUnlistedName.Contains(w.Word(e))) return false;
        end = e;
        return true;
    }

    /// <summary>
    /// After "Russia's": a place inside it ("Russia's Kursk region", "Sudan's El Fasher") when that is a listed place
    /// or a name with a region word, else the owner itself for "Russia's east", and no place for "Russia's forces".
    /// </summary>
    private static bool Possessor(in ClaimWords w, PlaceBook book, Place owner, int next, int limit, out Place place, out int end)
    {
        place = owner;
        end = next;
        if (next >= limit) return false;
        if (w.IsCapitalised(next) && TryName(w, book, next, limit, out var inner, out var innerEnd)
            && (inner.Kind != PlaceKind.Unlisted || book.IsSuffix(w.Word(innerEnd - 1))))
        {
            place = inner;
            end = innerEnd;
            return true;
        }
        if (w.IsCapitalised(next)) { end = next; return true; } // an unlisted name inside a place: keep the place
        if (w.Tokens[next].IsWord && book.IsDirection(w.Word(next))) { end = next + 1; return true; }
        return false;
    }

    /// <summary>The longest listed name (or front phrase) starting at token <paramref name="i"/>.</summary>
    private static bool Longest(in ClaimWords w, PlaceBook book, int i, int limit, out int end, out Place? place)
    {
        end = i;
        place = null;
        var found = false;
        var last = Math.Min(limit, i + book.MaxNameTokens);
        for (var k = i; k < last; k++)
        {
            var t = w.Tokens[k];
            if (t.Kind == TokenKind.Newline || (t.Kind == TokenKind.Punct && w.Text[t.Start] is ',' or ';' or ':')) break;
            if (book.TryName(w.Text.AsSpan(w.Tokens[i].Start, t.End - w.Tokens[i].Start), out var p))
            {
                found = true;
                end = k + 1;
                place = p;
            }
        }
        return found;
    }
}
