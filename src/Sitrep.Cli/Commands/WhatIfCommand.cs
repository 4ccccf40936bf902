using System.CommandLine;
using System.Globalization;
using Sitrep.Analyze;
using Sitrep.Domain;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep what-if "ACTOR EVENT TARGET"`: which treaties would oblige which states, step by step, if the event
/// happened. The chain model is documented on <see cref="WhatIf"/>; the JSON in docs/OUTPUT.md ("what-if").
/// </summary>
internal static class WhatIfCommand
{
    /// <param name="time">Source of "today" for the default as-of date; injected so runs can be reproduced.</param>
    public static Command Create(TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var trigger = new Argument<string>("trigger") { Description = "\"ACTOR EVENT TARGET\": ISO 3166 alpha-3 codes and a PLOVER type, e.g. \"UKR ASSAULT PRK\" or \"RUS COERCE/occupy EST\"." };
        var date = new Option<string?>("--date") { Description = "As-of date YYYY-MM-DD (default: today, UTC)." };
        var db = new Option<string?>("--db") { Description = "Database of analysed news: pacts it reports are listed, and defence pacts missing from the reference data join the chain." };
        var json = new Option<bool>("--json") { Description = "Write JSON (docs/OUTPUT.md) to standard output instead of tables." };
        var steps = new Option<int>("--steps") { Description = "Chain steps to follow (step 2 on assumes the attacker strikes back at every state that joins).", DefaultValueFactory = _ => 3 };
        var treaties = new Option<string[]>("--treaties") { Description = "Extra treaty files, merged with the built-in ones (same id replaces).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("what-if", "Show which treaty obligations a hypothetical attack or threat would trigger.")
        {
            trigger, date, db, json, steps, treaties,
        };
        command.SetAction(r => Run(r.GetValue(trigger)!, r.GetValue(date), r.GetValue(db), r.GetValue(json), r.GetValue(steps), r.GetValue(treaties) ?? [], clock));
        return command;
    }

    private static int Run(string text, string? date, string? db, bool json, int steps, string[] treatyFiles, TimeProvider clock)
    {
        if (!WhatIfTrigger.TryParse(text, out var trigger, out var error)) return Fail(error);
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return Fail($"--date must be YYYY-MM-DD, got '{date}'");
        if (steps < 1) return Fail("--steps must be at least 1");

        var book = treatyFiles.Length == 0 ? TreatyBook.LoadBuiltIn() : TreatyBook.Load(treatyFiles, TreatyBook.LoadBuiltIn());
        foreach (var e in book.Errors) Console.Error.WriteLine($"sitrep: treaties: {e}");

        IReadOnlyList<ReportedPact> reported = [];
        if (db is not null)
        {
            var read = ReadReported(db);
            if (read is null) return 1;
            reported = read;
        }

        var result = WhatIf.Run(book, trigger, asOf, new WhatIfOptions { MaxSteps = steps, Reported = reported });
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            WhatIfJson.Write(result, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else Show(AnsiConsole.Console, result, showReported: db is not null);
        return 0;
    }

    /// <summary>Pacts reported in stored news; the sentence of each candidate event is read so "…signed a mutual defence treaty" counts even when the event's own words stop at the verb.</summary>
    private static List<ReportedPact>? ReadReported(string db)
    {
        using var store = StoreOpener.Open(db, mustExist: true);
        if (store is null) return null;
        try
        {
            var analyses = new Dictionary<string, DocumentAnalysis?>(StringComparer.Ordinal);
            string? SentenceOf(CodedEvent e)
            {
                if (!analyses.TryGetValue(e.At.DocumentId, out var analysis)) analyses[e.At.DocumentId] = analysis = store.Load(e.At.DocumentId);
                if (analysis is null) return null;
                foreach (var sentence in analysis.Sentences)
                    if (sentence.Index == e.At.Sentence) return sentence.TextOf(analysis.Document);
                return null;
            }
            return [.. ReportedPacts.Find(store.Events(), SentenceOf)];
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return null;
        }
    }

    private static void Show(IAnsiConsole console, WhatIfResult result, bool showReported)
    {
        console.MarkupLine($"[bold]What if {Markup.Escape(result.Trigger.ToString())}[/] on {result.AsOf:yyyy-MM-dd}: {Markup.Escape(Verdict(result))}");
        var nobody = result.Hostility == Hostility.ArmedAttack ? $"no treaty in force obliges anyone to assist {result.Trigger.Target}" : null;
        Section(console, "Obliged to assist (the chain)", result.Obliged, nobody);
        Section(console, "Obliged to consult only", result.Consult, null);
        Section(console, "Bound not to join the attacker (neutrality, non-aggression)", result.Restrained, null);
        Section(console, "Not obliged: allies of the attacker (defence clauses cover an ally attacked, not one attacking)", result.Exempt, null);
        Section(console, "Promises the attacker breaks", result.Breached, null);
        if (showReported) Reported(console, result.Reported);
        Notes(console, result.Treaties);
    }

    private static string Verdict(WhatIfResult result) => result.Hostility switch
    {
        Hostility.ArmedAttack => "an armed attack; defence clauses apply. Step 1 follows from the attack; later steps assume the attacker strikes back at every state that joins.",
        Hostility.Threat => "a threat or coercion short of attack; only consultation clauses (and non-aggression promises) apply.",
        _ => $"{result.Trigger.Event.Name()} is not a hostile act; no treaty obligation is engaged.",
    };

    private static void Section(IAnsiConsole console, string title, IReadOnlyList<Commitment> rows, string? whenEmpty)
    {
        if (rows.Count == 0)
        {
            if (whenEmpty is not null) console.MarkupLine($"[bold]{Markup.Escape(title)}[/]: {Markup.Escape(whenEmpty)}.");
            return;
        }
        // Caveats are long; footnotes keep the table narrow enough for an 80-column terminal.
        var footnotes = new List<string>();
        var mixed = rows.Select(c => c.Obligation).Distinct().Count() > 1;
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
        foreach (var column in mixed
                     ? new[] { "Step", "State", "Via", "Treaty", "Obligation", "Article", "Since", "Note" }
                     : ["Step", "State", "Via", "Treaty", "Article", "Since", "Note"])
            table.AddColumn(column == "Article" ? new TableColumn(column) : new TableColumn(column).NoWrap());
        foreach (var c in rows)
        {
            var note = c.Source == TreatyOrigin.Reported ? "[yellow]reported[/]" : "";
            if (c.Caveat is not null)
            {
                var n = footnotes.IndexOf(c.Caveat);
                if (n < 0) footnotes.Add(c.Caveat);
                note += (note.Length > 0 ? " " : "") + $"[{(n < 0 ? footnotes.Count : n + 1)}]".Replace("[", "[[", StringComparison.Ordinal).Replace("]", "]]", StringComparison.Ordinal);
            }
            var cells = new List<string> { c.Step.ToString(CultureInfo.InvariantCulture), $"[bold]{c.State}[/]", c.Via, Markup.Escape(c.Treaty.Id) };
            if (mixed) cells.Add(c.Obligation.Name());
            cells.AddRange([Markup.Escape(c.Article), $"{c.Since:yyyy-MM-dd}", note]);
            table.AddRow([.. cells]);
        }
        console.WriteLine();
        console.Write(table);
        for (var i = 0; i < footnotes.Count; i++) console.MarkupLine($"  [[{i + 1}]] {Markup.Escape(footnotes[i])}");
    }

    private static void Reported(IAnsiConsole console, IReadOnlyList<ReportedPactUse> uses)
    {
        if (uses.Count == 0)
        {
            console.MarkupLine("[bold]Pacts reported in the news[/]: none found in the database.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Pacts reported in the news[/]");
        foreach (var column in new[] { "Parties", "Obligation", "Date", "Events", "Used" })
            table.AddColumn(column == "Used" ? new TableColumn(column) : new TableColumn(column).NoWrap());
        foreach (var u in uses)
            table.AddRow(
                Markup.Escape(string.Join(", ", u.Pact.Parties)), u.Pact.Obligation?.Name() ?? "unknown", u.Pact.Date?.ToString() ?? "undated",
                Markup.Escape(string.Join("\n", u.Pact.EventIds)), Markup.Escape(u.Reason));
        console.WriteLine();
        console.Write(table);
    }

    private static void Notes(IAnsiConsole console, IReadOnlyList<Treaty> treaties)
    {
        if (treaties.Count == 0) return;
        console.WriteLine();
        console.MarkupLine("[bold]Treaties cited[/]");
        foreach (var t in treaties)
        {
            console.MarkupLine($"  [bold]{Markup.Escape(t.Id)}[/]: {Markup.Escape(t.Name)}, {Markup.Escape(t.Article)} ({t.Obligation.Name()}), signed {t.Signed:yyyy-MM-dd}, in force {t.InForce:yyyy-MM-dd}. Source: {Markup.Escape(t.Source)}");
            foreach (var note in t.Notes) console.MarkupLine($"    {Markup.Escape(note)}");
            foreach (var s in t.Suspensions) console.MarkupLine($"    Suspended {s.First}–{s.Second} since {s.Since:yyyy-MM-dd}: {Markup.Escape(s.Note)}");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"sitrep what-if: {message}");
        return 1;
    }
}
