namespace JinIp.PatentSearch.Generation;

/// <summary>
/// SplitMix64: tiny, fast and identical on every runtime, unlike <see cref="Random"/> whose seeded sequence
/// is only stable by convention. Each generated document gets its own stream from (seed, index), so a corpus
/// can be generated in parallel and its first N documents never depend on how many follow.
/// </summary>
internal sealed class DeterministicRandom(ulong state)
{
    public static DeterministicRandom For(int seed, long index) =>
        new(Mix(((ulong)(uint)seed << 32) ^ (ulong)index ^ 0x9E3779B97F4A7C15UL));

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => (int)((NextULong() >> 33) % (ulong)max);

    public int Next(int min, int max) => min + Next(max - min);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Zipf-like pick: low indexes are much more frequent, as a few applicants file most patents.</summary>
    public T PickSkewed<T>(IReadOnlyList<T> items)
    {
        var u = NextDouble();
        return items[(int)(items.Count * u * u * u)];
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
