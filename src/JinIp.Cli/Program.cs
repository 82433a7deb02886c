using JinIp.Cli;
using JinIp.Platform.Hosting;

var (paths, rest) = PlatformPaths.FromArgs(args);
return await Commands.RunAsync(paths, rest, Console.Out, Console.Error);
