using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>How one validation record came out: the triples expected and produced, and the coder's notes.</summary>
public sealed record PetrarchRecordResult(
    PetrarchRecord Record,
    IReadOnlyList<CameoTriple> Produced,
    IReadOnlyList<string> Notes)
{
    /// <summary>The produced set equals the expected set (both empty for records that expect no event).</summary>
    public bool Passed => Missing.Count == 0 && Extra.Count == 0;

    public IReadOnlyList<CameoTriple> Missing => [.. Record.Expected.Where(t => !Produced.Contains(t))];
    public IReadOnlyList<CameoTriple> Extra => [.. Produced.Where(t => !Record.Expected.Contains(t))];
}

/// <summary>
/// Runs a PETRARCH validation suite through Sitrep: the suite's own dictionaries, imported, with only Sitrep's
/// built-in modifiers, irregular verbs and subjects; each record's &lt;Text&gt; coded as a one-sentence document
/// dated by the record (never its &lt;Parse&gt;); PETRARCH's sentence discards applied first; the produced
/// triples compared with the expected ones as sets. By default every code the dictionaries give is an event
/// (<see cref="PetrarchImportOptions.Validation"/>), because the suite compares CAMEO triples, not PLOVER events.
/// </summary>
public static class PetrarchValidator
{
    public static PetrarchValidation Run(string suitePath, PetrarchImportOptions? options = null)
    {
        var suite = PetrarchSuite.Read(suitePath);
        options ??= PetrarchImportOptions.Validation;
        var builder = new CoderBuilder()
            .WithBuiltInDictionaries(DictionaryKind.Modifiers, DictionaryKind.Irregular, DictionaryKind.Subjects, DictionaryKind.Means)
            .WithPetrarchOptions(options);
        foreach (var f in suite.DictionaryFiles) builder.AddDictionaries(f);
        var coder = builder.Build();
        var errors = new List<DataFileError>(coder.LoadErrors);
        var discards = suite.DiscardFiles.Where(File.Exists).Select(f => PetrarchDiscards.Parse(DataFile.FromDisk(f), [])).ToList();
        return Run(suite, coder, discards, errors) with { PloverOnly = !options.KeepUnmappedCodes };
    }

    public static PetrarchValidation Run(PetrarchSuite suite, Coder coder, IReadOnlyList<PetrarchDiscards> discards, IReadOnlyList<DataFileError> loadErrors)
    {
        var triples = new PetrarchTriples(coder.Lexicon.Verbs);
        var results = new List<PetrarchRecordResult>(suite.Records.Count);
        foreach (var record in suite.Records)
        {
            var discard = discards.Select(d => d.FindIn(record.Text)).FirstOrDefault(p => p is not null);
            if (discard is not null)
            {
                results.Add(new PetrarchRecordResult(record, [], [$"discarded by '{(discard.Story ? "+" : "")}{discard.Text}'"]));
                continue;
            }
            var doc = new Document
            {
                Id = record.Id,
                Path = $"{suite.Path}#{record.Id}",
                Text = record.Text,
                Published = record.Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            };
            var coded = coder.Code(doc, [new Sentence(0, new TextSpan(0, record.Text.Length), SentenceKind.Body)]);
            var produced = new List<CameoTriple>();
            foreach (var e in coded.Analysis.Events)
                foreach (var t in triples.Of(e, record.RequireDyad))
                    if (!produced.Contains(t)) produced.Add(t);
            var notes = coded.Analysis.Events.Select(e => $"event {e.Type.Name()} '{e.Trigger}' by {string.Join(", ", e.Actors.Select(a => a.Text))}"
                    + $" on {string.Join(", ", e.Recipients.Select(a => a.Text))} ← {e.Pattern}")
                .Concat(coded.Notes.Select(n => n.Reason)).ToList();
            results.Add(new PetrarchRecordResult(record, produced, notes));
        }
        return new PetrarchValidation(suite, results, loadErrors, coder.Lexicon.Notes);
    }
}
