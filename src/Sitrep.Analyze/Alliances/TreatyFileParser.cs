using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// Reads treaty files: one directive per line, "key: value"; lines starting with '#' are comments and blank
/// lines are ignored. Problems are returned as <see cref="DataFileError"/>s naming file and line; an entry with
/// any problem is left out whole, so a half-read treaty never obliges anyone.
/// <code>
/// treaty: ID                        starts an entry (lower-case letters, digits and '-')
/// name: TEXT
/// obligation: defence | offence | consultation | neutrality | non-aggression
/// article: TEXT                     the article that carries the obligation
/// signed: YYYY-MM-DD
/// in-force: YYYY-MM-DD
/// ends: YYYY-MM-DD                  optional: first day it no longer binds
/// source: TEXT                      where the facts come from (repeatable)
/// note: TEXT                        shown with results (repeatable)
/// party: CODE JOINED [LEFT]         ISO 3166 alpha-3; LEFT is the first day no longer a party
/// parties-as: ID                    copies the parties, freezes and suspensions of an entry read earlier
/// covers: CODE...                   only attacks on these parties trigger the obligation (default: all)
/// frozen: CODE DATE [NOTE]          participation frozen from DATE; still a party
/// suspended: CODE CODE DATE [NOTE]  obligations between the two suspended from DATE
/// </code>
/// </summary>
internal static class TreatyFileParser
{
    public static List<TreatyDraft> Parse(string file, IEnumerable<string> lines, List<DataFileError> errors)
    {
        var drafts = new List<TreatyDraft>();
        TreatyDraft? current = null;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                Fail(errors, current, file, number, $"expected 'key: value', got '{Shorten(line)}'");
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();

            if (key == "treaty")
            {
                current = new TreatyDraft(file, number, value);
                drafts.Add(current);
                if (!IsId(value)) Fail(errors, current, file, number, $"treaty id '{value}' must be lower-case letters, digits and '-'");
                continue;
            }
            if (current is null)
            {
                errors.Add(new DataFileError(file, number, $"'{key}:' before any 'treaty:' line"));
                continue;
            }
            var problem = Apply(current, key, value, number);
            if (problem is not null) Fail(errors, current, file, number, problem);
        }
        return drafts;
    }

    /// <summary>Applies one directive to the entry; returns what is wrong with it, or null.</summary>
    private static string? Apply(TreatyDraft draft, string key, string value, int line)
    {
        if (value.Length == 0) return $"'{key}:' has no value";
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (key)
        {
            case "name": return Once(draft, key, () => draft.Name = value);
            case "article": return Once(draft, key, () => draft.Article = value);
            case "source": draft.Sources.Add(value); return null;
            case "note": draft.Notes.Add(value); return null;
            case "obligation":
                if (!Obligations.TryParse(value, out var obligation))
                    return $"unknown obligation '{value}' (defence, offence, consultation, neutrality, non-aggression)";
                return Once(draft, key, () => draft.Obligation = obligation);
            case "signed" or "in-force" or "ends":
                if (!TryDate(value, out var date)) return $"'{key}:' needs a date YYYY-MM-DD, got '{value}'";
                return Once(draft, key, () =>
                {
                    if (key == "signed") draft.Signed = date;
                    else if (key == "in-force") draft.InForce = date;
                    else draft.Ends = date;
                });
            case "party": return ParseParty(draft, words, line);
            case "parties-as":
                if (!IsId(value)) return $"'parties-as:' needs a treaty id, got '{value}'";
                return Once(draft, key, () => draft.PartiesAs = (value, line));
            case "covers":
                foreach (var code in words)
                {
                    if (!IsCode(code)) return BadCode(code);
                    draft.Covers.Add((code, line));
                }
                return null;
            case "frozen":
                if (words.Length < 2) return "'frozen:' needs CODE DATE [NOTE]";
                if (!IsCode(words[0])) return BadCode(words[0]);
                if (!TryDate(words[1], out var frozen)) return $"'frozen:' needs a date YYYY-MM-DD, got '{words[1]}'";
                draft.Frozen.Add((words[0], frozen, Rest(words, 2), line));
                return null;
            case "suspended":
                if (words.Length < 3) return "'suspended:' needs CODE CODE DATE [NOTE]";
                if (!IsCode(words[0])) return BadCode(words[0]);
                if (!IsCode(words[1])) return BadCode(words[1]);
                if (!TryDate(words[2], out var since)) return $"'suspended:' needs a date YYYY-MM-DD, got '{words[2]}'";
                draft.Suspensions.Add((new Suspension(words[0], words[1], since, Rest(words, 3)), line));
                return null;
            default:
                return $"unknown key '{key}'";
        }
    }

    private static string? ParseParty(TreatyDraft draft, string[] words, int line)
    {
        if (words.Length is < 2 or > 3) return "'party:' needs CODE JOINED [LEFT]";
        if (!IsCode(words[0])) return BadCode(words[0]);
        if (!TryDate(words[1], out var joined)) return $"party {words[0]}: joined date must be YYYY-MM-DD, got '{words[1]}'";
        DateOnly? left = null;
        if (words.Length == 3)
        {
            if (!TryDate(words[2], out var l)) return $"party {words[0]}: left date must be YYYY-MM-DD, got '{words[2]}'";
            if (l <= joined) return $"party {words[0]}: left ({words[2]}) must be after joined ({words[1]})";
            left = l;
        }
        draft.Parties.Add((new TreatyParty(words[0], joined, left), line));
        return null;
    }

    /// <summary>Single-valued keys may appear once per entry: a second value would silently win otherwise.</summary>
    private static string? Once(TreatyDraft draft, string key, Action set)
    {
        if (!draft.SeenKeys.Add(key)) return $"'{key}:' given twice for treaty '{draft.Id}'";
        set();
        return null;
    }

    private static void Fail(List<DataFileError> errors, TreatyDraft? draft, string file, int line, string message)
    {
        errors.Add(new DataFileError(file, line, message));
        if (draft is not null) draft.Broken = true;
    }

    internal static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>ISO 3166 alpha-3 in capitals; also the user-assigned XKX (Kosovo) the actor dictionary uses.</summary>
    internal static bool IsCode(string text) => text.Length == 3 && text.All(char.IsAsciiLetterUpper);

    private static bool IsId(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static string BadCode(string code) => $"'{code}' is not an ISO 3166 alpha-3 code in capitals";

    private static string Rest(string[] words, int from) => string.Join(' ', words.Skip(from));

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
