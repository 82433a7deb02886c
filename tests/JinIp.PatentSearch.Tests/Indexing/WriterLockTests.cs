using System.Diagnostics;
using JinIp.PatentSearch.Indexing;
using Lucene.Net.Store;

namespace JinIp.PatentSearch.Tests.Indexing;

/// <summary>
/// One writer per index folder across processes: the web host and a <c>jinip</c> command on the same data
/// folder must not both write. The other process here is util-linux <c>flock</c> (Linux, where the platform runs), which takes the same OS lock.
/// </summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jinip-lock-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task OpenIndex_HoldsALockThatAnotherProcessCannotTake_UntilDisposed()
    {
        var lockFile = Path.Combine(folder, WriterGuard.FileName);

        using (PatentIndex.Open(folder))
        {
            Assert.Equal(1, await FlockAsync(lockFile, "true"));
        }

        Assert.Equal(0, await FlockAsync(lockFile, "true"));
    }

    [Fact]
    public async Task Open_WhileAnotherProcessHoldsTheLock_ThrowsLockObtainFailed_AndLeavesItsLockFile()
    {
        System.IO.Directory.CreateDirectory(folder);
        var lockFile = Path.Combine(folder, WriterGuard.FileName);
        using var holder = StartFlock(lockFile, "sleep 30");
        for (var i = 0; i < 100 && await FlockAsync(lockFile, "true") == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Throws<LockObtainFailedException>(() => PatentIndex.Open(folder));
        Assert.True(File.Exists(lockFile));

        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();
        for (var i = 0; i < 100 && await FlockAsync(lockFile, "true") != 0; i++)
        {
            await Task.Delay(50);
        }

        using var index = PatentIndex.Open(folder);
        Assert.Equal(0, index.Count());
    }

    [Fact]
    public void Open_TwiceInOneProcess_SecondThrowsLockObtainFailed()
    {
        using var first = PatentIndex.Open(folder);
        Assert.Throws<LockObtainFailedException>(() => PatentIndex.Open(folder));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <c>flock --nonblock FILE -c COMMAND</c>: 0 when it took the lock, 1 when it was held.</summary>
    private static async Task<int> FlockAsync(string file, string command)
    {
        using var process = StartFlock(file, command, nonBlocking: true);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static Process StartFlock(string file, string command, bool nonBlocking = false)
    {
        var start = new ProcessStartInfo("flock") { UseShellExecute = false };
        if (nonBlocking)
        {
            start.ArgumentList.Add("--nonblock");
            start.ArgumentList.Add("--conflict-exit-code");
            start.ArgumentList.Add("1");
        }

        // --close: the command does not inherit the lock, so it ends with flock itself.
        start.ArgumentList.Add("--close");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        return Process.Start(start) ?? throw new InvalidOperationException("flock did not start");
    }
}
