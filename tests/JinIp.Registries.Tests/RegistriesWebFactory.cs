using JinIp.Web.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace JinIp.Registries.Tests;

/// <summary>
/// The web host over a throwaway database (SQLite, or PostgreSQL when the test script asks) with its own fake
/// clock fixed at Tuesday 2021-09-28 09:00 Beijing time, just before the National Day holiday, so that working
/// days are counted across a real holiday and make-up working day.
/// </summary>
public sealed class RegistriesWebFactory : JinIpWebFactory
{
    public static readonly DateTimeOffset Start = new(2021, 9, 28, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider RegistryClock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(RegistryClock);

            // JinIP's own background jobs (index, alerts, mail, token clean-up) are not under test here; on a fake
            // clock moved forward by weeks each would run once per period skipped.
            foreach (var job in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Namespace?.StartsWith("JinIp.", StringComparison.Ordinal) == true).ToList())
            {
                services.Remove(job);
            }
        });
    }
}

/// <summary>Builds .xlsx files in memory as a user would fill the template: Chinese headers, one row per record.</summary>
public static class Workbook
{
    public static byte[] Build(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName = "import.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return form;
    }

    public static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Header, c => c.Value, StringComparer.Ordinal);
}
