using Sitrep.Coding;

namespace Sitrep.Pipeline;

/// <summary>Configures a <see cref="SitrepPipeline"/>: dictionaries, threads, clock.</summary>
public sealed class PipelineBuilder
{
    private readonly CoderBuilder _coder = new();
    private TimeProvider _time = TimeProvider.System;
    private int _threads = Environment.ProcessorCount;

    public PipelineBuilder AddDictionaries(string path) { _coder.AddDictionaries(path); return this; }
    public PipelineBuilder WithThreads(int threads) { _threads = Math.Max(1, threads); return this; }
    public PipelineBuilder WithTime(TimeProvider time) { _time = time; return this; }

    public SitrepPipeline Build() => new(_coder.Build(), _time, _threads);
}
