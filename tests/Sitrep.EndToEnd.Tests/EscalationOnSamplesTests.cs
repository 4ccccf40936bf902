using System.Text;
using System.Text.Json;
using Sitrep.Analyze;
using Sitrep.Cli.Output;
using Sitrep.Domain;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.EndToEnd.Tests;

/// <summary>The escalation ladder on the sample corpus: North Korea's climb from shells to combat for Russia.</summary>
public sealed class EscalationOnSamplesTests : IClassFixture<EscalationOnSamplesTests.Analysed>
{
    /// <summary>Analyses the samples once into a temporary database.</summary>
    public sealed class Analysed : IDisposable
    {
        private readonly TempDir _dir = new();

        public Analysed()
        {
            using var store = SqliteStore.Open(DbPath);
            Report = SitrepPipeline.CreateBuilder().Build().Analyze([Repo.Samples], store);
        }

        public string DbPath => _dir.File("samples.db");
        public string Folder => _dir.Path;
        public AnalysisReport Report { get; }

        public void Dispose() => _dir.Dispose();
    }

    private readonly Analysed _a;
    private readonly AnalysisReport _r;

    public EscalationOnSamplesTests(Analysed a) => (_a, _r) = (a, a.Report);

    private Ladder NorthKorea => Assert.Single(_r.Escalation, l => l is { Supporter: "PRK", Supported: "RUS", Opponent: "UKR" });

    private CodedEvent Event(string id) => _r.Events.Single(e => e.Id == id);

    private string Outlet(CodedEvent e) => _r.Documents.Single(d => d.Id == e.At.DocumentId).Outlet ?? e.At.DocumentId;

    [Fact]
    public void North_Korea_supporting_Russia_against_Ukraine_climbs_to_combat()
    {
        var ladder = NorthKorea;

        Assert.Equal(Rung.Combat, ladder.Rung);
        var climb = ladder.Climb.Select(c => c.Rung).ToList();
        Assert.Equal(Rung.Combat, climb[^1]);
        Assert.True(climb.IndexOf(Rung.Troops) is var troops && troops >= 0 && troops < climb.Count - 1, string.Join(" → ", climb));
        // Shells were reported long before the troops, and the troops before the fighting.
        PartialDate First(Rung rung) => ladder.History.Single(h => h.Rung == rung).Date;
        Assert.True(First(Rung.Weapons) < First(Rung.Troops));
        Assert.True(First(Rung.Troops) < First(Rung.Combat));
        Assert.Equal((2024, 11), (First(Rung.Combat).Year, First(Rung.Combat).Month)); // the first clash in Kursk
    }

    [Fact]
    public void The_troops_rung_rests_on_reports_from_at_least_two_outlets()
    {
        var troops = NorthKorea.History.Single(h => h.Rung == Rung.Troops);

        var outlets = troops.Evidence.Select(Event).Select(Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        Assert.True(outlets >= 2, $"{outlets} outlets");
        Assert.Equal(outlets, troops.Sources);
        Assert.All(troops.Evidence.Select(Event), e =>
        {
            Assert.Contains("PRK", e.Actors.Select(m => m.Actor.Code));
            Assert.Contains("RUS", e.Recipients.Select(m => m.Actor.Code));
        });
    }

    [Fact]
    public void Alerts_mark_the_climb_to_troops_and_to_combat()
    {
        var alerts = _r.Alerts.Where(a => a is { Supporter: "PRK", Supported: "RUS" }).ToList();

        var combat = Assert.Single(alerts, a => a.To == Rung.Combat);
        Assert.NotNull(combat.From);
        Assert.True(combat.From < Rung.Combat);
        Assert.NotEmpty(combat.Evidence);
        Assert.All(combat.Evidence.Select(Event), e => Assert.Equal(EventType.Assault, e.Type));
        Assert.Contains(alerts, a => a.To == Rung.Troops);
    }

    [Fact]
    public void No_rung_is_reached_on_hedged_or_negated_reports_and_the_Korean_War_stays_history()
    {
        foreach (var ladder in _r.Escalation)
            foreach (var step in ladder.History)
                Assert.All(step.Evidence.Select(Event), e => Assert.False(e.Negated || e.Hedged, $"{ladder.Supporter} {step.Rung}: {e.Text}"));
        // China fought for North Korea in 1950-53 and has not sent troops now; it reaches no rung.
        Assert.DoesNotContain(_r.Escalation, l => l.Supporter == "CHN" && l.Rung is not null);
    }

    [Fact]
    public void The_json_report_gains_escalation_alerts_and_obligations_after_the_existing_sections()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(_r, stream);
        using var doc = JsonDocument.Parse(stream.ToArray());

        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["escalation", "alerts", "obligations"], names[^3..]);
        Assert.True(names.IndexOf("corroboration") < names.IndexOf("escalation"));
        var prk = doc.RootElement.GetProperty("escalation").EnumerateArray().Single(l => l.GetProperty("supporter").GetString() == "PRK");
        Assert.Equal("combat", prk.GetProperty("rung").GetString());
        Assert.Contains(doc.RootElement.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("treaty").GetString() == "csto-art4");
    }

    [Fact]
    public void The_escalation_command_reads_the_database_and_filters_by_actor()
    {
        var tables = CliRunner.Run(_a.Folder, "escalation", "--db", _a.DbPath);
        Assert.Equal(0, tables.ExitCode);
        Assert.Contains("weapons", tables.Stdout, StringComparison.Ordinal);
        Assert.Contains("combat", tables.Stdout, StringComparison.Ordinal);
        Assert.Contains("Alerts", tables.Stdout, StringComparison.Ordinal);

        var json = CliRunner.Run(_a.Folder, "escalation", "--db", _a.DbPath, "--actor", "KOR", "--json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetBytes(json.Stdout));
        Assert.All(doc.RootElement.GetProperty("escalation").EnumerateArray(), l =>
            Assert.Contains("KOR", new[] { l.GetProperty("supporter").GetString(), l.GetProperty("supported").GetString() }));
        Assert.DoesNotContain(doc.RootElement.GetProperty("escalation").EnumerateArray(), l => l.GetProperty("supporter").GetString() == "PRK");
    }

    [Fact]
    public void A_missing_database_is_one_line_and_exit_code_1()
    {
        var run = CliRunner.Run(_a.Folder, "escalation", "--db", Path.Combine(_a.Folder, "none.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("none.db", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_a.Folder, "none.db")));
    }
}
