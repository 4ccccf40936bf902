using System.Globalization;

namespace Sitrep.Text;

/// <summary>
/// Clock times in date lines and feed metadata: "14:20", "09:30:00Z", "9:30 a.m. ET", "2:05 PM GMT",
/// "09:30:00 +0200". Returns the time and, when the text says, its UTC offset.
/// </summary>
internal static class TimeOfDay
{
    private static readonly WordTable<int> ZoneMinutes = new(new Dictionary<string, int>
    {
        ["z"] = 0, ["gmt"] = 0, ["utc"] = 0, ["bst"] = 60, ["cet"] = 60, ["cest"] = 120, ["eet"] = 120,
        ["eest"] = 180, ["msk"] = 180, ["kst"] = 540, ["jst"] = 540, ["est"] = -300, ["edt"] = -240, ["et"] = -300,
        ["cst"] = -360, ["cdt"] = -300, ["mst"] = -420, ["mdt"] = -360, ["pst"] = -480, ["pdt"] = -420, ["pt"] = -480,
    });

    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, out TimeSpan time, out TimeSpan? offset)
    {
        time = default;
        offset = null;
        if (i >= tokens.Length || !tokens[i].IsNumber) return false;
        var s = tokens[i].In(text);
        var bodyEnd = s.Length;
        while (bodyEnd > 0 && char.IsLetter(s[bodyEnd - 1])) bodyEnd--;
        var body = s[..bodyEnd];
        var suffix = s[bodyEnd..];
        if (!TryClock(body, out var hour, out var minute, out var second)) return false;

        var k = i + 1;
        var meridiem = Meridiem(suffix);
        if (meridiem == 0 && k < tokens.Length && tokens[k].IsWord && (meridiem = Meridiem(tokens[k].In(text))) != 0) k++;
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12) return false;
            hour = hour % 12 + (meridiem > 0 ? 12 : 0);
        }
        if (!suffix.IsEmpty && meridiem == 0 && ZoneMinutes.TryGet(suffix, out var glued)) offset = TimeSpan.FromMinutes(glued);
        else if (k < tokens.Length && tokens[k].IsWord && ZoneMinutes.TryGet(tokens[k].In(text), out var zone))
            offset = TimeSpan.FromMinutes(zone);
        else if (TryNumericOffset(text, tokens, k, out var numeric)) offset = numeric;
        time = new TimeSpan(hour, minute, second);
        return true;
    }

    /// <summary>+1 for p.m., -1 for a.m., 0 otherwise.</summary>
    private static int Meridiem(ReadOnlySpan<char> w)
    {
        if (w.Equals("pm", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
            || w.Equals("p.m", StringComparison.OrdinalIgnoreCase)) return 1;
        if (w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase)
            || w.Equals("a.m", StringComparison.OrdinalIgnoreCase)) return -1;
        return 0;
    }

    /// <summary>"14:20", "09:30:00", "09:30:00.000".</summary>
    private static bool TryClock(ReadOnlySpan<char> body, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        var c1 = body.IndexOf(':');
        if (c1 <= 0) return false;
        var rest = body[(c1 + 1)..];
        var c2 = rest.IndexOf(':');
        var minText = c2 < 0 ? rest : rest[..c2];
        if (!Int(body[..c1], out hour) || !Int(minText, out minute) || hour > 23 || minute > 59 || minText.Length != 2) return false;
        if (c2 < 0) return true;
        var secText = rest[(c2 + 1)..];
        var dot = secText.IndexOf('.');
        if (dot >= 0) secText = secText[..dot];
        return Int(secText, out second) && second <= 59 && secText.IndexOf(':') < 0;
    }

    /// <summary>"+0200", "-05:00", "+02": a numeric UTC offset, at most fourteen hours.</summary>
    private static bool TryNumericOffset(string text, ReadOnlySpan<Token> tokens, int k, out TimeSpan offset)
    {
        offset = default;
        if (k + 1 >= tokens.Length || !tokens[k + 1].IsNumber) return false;
        int sign = tokens[k].IsChar(text, '+') ? 1 : tokens[k].IsChar(text, '-') ? -1 : 0;
        if (sign == 0) return false;
        var s = tokens[k + 1].In(text);
        int hours, minutes = 0;
        if (s.Length == 5 && s[2] == ':') { if (!Int(s[..2], out hours) || !Int(s[3..], out minutes)) return false; }
        else if (s.Length == 4) { if (!Int(s[..2], out hours) || !Int(s[2..], out minutes)) return false; }
        else if (s.Length <= 2) { if (!Int(s, out hours)) return false; }
        else return false;
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) return false;
        offset = new TimeSpan(sign * hours, sign * minutes, 0);
        return true;
    }

    private static bool Int(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
