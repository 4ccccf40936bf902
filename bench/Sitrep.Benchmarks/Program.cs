using BenchmarkDotNet.Running;

namespace Sitrep.Benchmarks;

public static class Program
{
    // The switcher takes BenchmarkDotNet's own arguments (--filter, --job, --list flat, ...).
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
