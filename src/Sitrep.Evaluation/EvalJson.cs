using System.Text.Json;
using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// The headline figures as one JSON object, for scripts and CI:
/// {"records":N,"event_accuracy":x,"actor_f1":x,"recipient_f1":x,"exact":x,"mode_accuracy":x|null,"by_type":{…}}.
/// </summary>
public static class EvalJson
{
    public static void Write(EvalReport report, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteNumber("records", report.Records);
        w.WriteNumber("event_accuracy", Round(report.EventAccuracy));
        w.WriteNumber("actor_f1", Round(report.Actor.F1));
        w.WriteNumber("recipient_f1", Round(report.Recipient.F1));
        w.WriteNumber("exact", Round(report.Exact));
        if (report.ModeAccuracy is { } mode) w.WriteNumber("mode_accuracy", Round(mode));
        else w.WriteNull("mode_accuracy");
        w.WriteStartObject("by_type");
        foreach (var (type, score) in report.ByType.OrderBy(kv => kv.Key))
        {
            w.WriteStartObject(type.Name());
            w.WriteNumber("records", score.Records);
            w.WriteNumber("accuracy", Round(score.Accuracy));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static string ToJson(EvalReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static double Round(double x) => Math.Round(x, 4, MidpointRounding.AwayFromZero);
}
