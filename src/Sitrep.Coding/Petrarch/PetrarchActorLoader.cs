using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries into Sitrep's <see cref="ActorDictionary"/>. A record is a primary
/// phrase, "+" synonym lines, and codes in "[...]" on the phrase line or on indented lines below, each code
/// optionally restricted to dates ("[EGYGOV &gt;140608]", "[USAGOV 010120-050119]", "[HOB &lt;950601]").
/// An undated code is the default. Dated codes become one entry per range, of kind
/// <see cref="MentionKind.Person"/> — the kind whose entries the mention finder chooses by document date — and
/// the default stays a plain name, so the range that covers the date wins and the default serves elsewhere.
/// </summary>
public static class PetrarchActorLoader
{
    private sealed class Record(int line, string phrase)
    {
        public int Line { get; } = line;
        public List<string> Phrases { get; } = [phrase];
        public List<(string Code, DateOnly? From, DateOnly? To)> Codes { get; } = [];
    }

    public static void Load(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        Record? record = null;
        foreach (var line in PetrarchLines.Read(file, semicolonComments: true))
        {
            var text = line.Text;
            if (text.StartsWith('['))
            {
                if (record is null) { errors.Add(Error(file, line.Number, $"code '{text}' before any actor phrase")); continue; }
                ReadCodes(file, line.Number, text, record, errors);
                continue;
            }
            if (text.StartsWith('+'))
            {
                if (record is null) { errors.Add(Error(file, line.Number, $"synonym '{text}' before any actor phrase")); continue; }
                var synonym = PhraseOf(text[1..]);
                if (synonym.Length > 0) record.Phrases.Add(synonym);
                ReadCodes(file, line.Number, text, record, errors);
                continue;
            }
            Flush(file, record, into, errors);
            record = new Record(line.Number, PhraseOf(text));
            ReadCodes(file, line.Number, text, record, errors);
        }
        Flush(file, record, into, errors);
    }

    private static string PhraseOf(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        return (bracket < 0 ? text : text[..bracket]).Trim();
    }

    private static void ReadCodes(DataFile file, int line, string text, Record record, List<DataFileError> errors)
    {
        var i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            var close = text.IndexOf(']', i);
            if (close < 0) { errors.Add(Error(file, line, "'[' without ']'")); return; }
            var inner = text[(i + 1)..close].Trim();
            i = close + 1;
            var space = inner.IndexOfAny([' ', '\t', '<', '>']);
            var code = space < 0 ? inner : inner[..space];
            var restriction = space < 0 ? "" : inner[space..];
            if (code.Length == 0 || char.IsAsciiDigit(code[0])) { errors.Add(Error(file, line, $"'[{inner}]' has dates but no code")); continue; }
            if (!PetrarchCodes.IsNull(code) && !PetrarchCodes.IsActorCode(code)) { errors.Add(Error(file, line, $"'{code}' is not an actor code")); continue; }
            if (!PetrarchDates.TryParseRestriction(restriction, out var from, out var to))
            {
                errors.Add(Error(file, line, $"'[{inner}]': dates must be <date, >date or date-date, as YYMMDD or YYYYMMDD"));
                continue;
            }
            record.Codes.Add((code.ToUpperInvariant(), from, to));
        }
    }

    private static void Flush(DataFile file, Record? record, ActorDictionary into, List<DataFileError> errors)
    {
        if (record is null) return;
        if (record.Codes.Count == 0) { errors.Add(Error(file, record.Line, $"actor '{record.Phrases[0]}' has no code")); return; }
        // One set of entries for the record, shared by its synonyms. Dated codes first: among the entries of a
        // phrase the first that applies wins, as in PETRARCH.
        var display = PetrarchWords.Display(record.Phrases[0]);
        var entries = new List<ActorEntry>(record.Codes.Count);
        foreach (var (code, from, to) in record.Codes)
            if (from is not null || to is not null) entries.Add(Entry(display, code, MentionKind.Person, from, to));
        foreach (var (code, from, to) in record.Codes)
            if (from is null && to is null) entries.Add(Entry(display, code, MentionKind.Name, null, null));
        foreach (var phrase in record.Phrases)
        {
            var words = PetrarchWords.ActorName(phrase);
            if (words.Length == 0) { errors.Add(Error(file, record.Line, $"empty actor phrase '{phrase}'")); continue; }
            foreach (var entry in entries) into.Add(words, entry);
        }
    }

    private static ActorEntry Entry(string phrase, string code, MentionKind kind, DateOnly? from, DateOnly? to)
    {
        var actor = PetrarchCodes.ToActorCode(code);
        // A null code ("---") still claims the phrase, so none of its words is coded on its own.
        return new ActorEntry(phrase, actor?.Code, actor?.Sector, actor?.Entity ?? code, kind, from, to);
    }

    private static DataFileError Error(DataFile file, int line, string message) => new(file.Name, line, message);
}
