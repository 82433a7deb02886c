using JinIp.Platform.Identity;

namespace JinIp.Web.Hosting;

/// <summary>Shows the demo accounts created on first start, once, on the console (never in the log).</summary>
internal static class DemoAccountsPrinter
{
    public static void Print(IReadOnlyList<DemoData.DemoAccount> created, TextWriter output)
    {
        if (created.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("JinIP demo accounts (shown only this once; write them down) / 演示账户（仅显示一次）:");
        foreach (var account in created)
        {
            output.WriteLine($"  {account.UserName,-12} {account.Password,-20} {account.Role,-16} {account.Organization}");
        }

        output.WriteLine();
    }
}
