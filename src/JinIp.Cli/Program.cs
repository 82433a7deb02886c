using JinIp.Cli;
using JinIp.Platform.Hosting;

var (dataDirectory, rest) = PlatformPaths.TakeDataDirectory(args);
return await Commands.RunAsync(dataDirectory, rest, Console.Out, Console.Error);
