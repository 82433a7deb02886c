using JinIp.Creation.Certificates;
using JinIp.Creation.Data;
using JinIp.Creation.Registrations;
using JinIp.Creation.Statistics;
using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Creation;

/// <summary>Settings of the creation module (section <c>Creation</c>).</summary>
public sealed class CreationOptions
{
    public const string Section = "Creation";

    /// <summary>An OpenType/CFF CJK font (.otf, or .ttc of which the Simplified Chinese face is used) for certificates.</summary>
    public string CertificateFont { get; set; } = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

    /// <summary>Largest sample file accepted.</summary>
    public long SampleMaxBytes { get; set; } = 20 * 1024 * 1024;

    public int MaxSamples { get; set; } = 10;

    /// <summary>The public address printed on certificates (e.g. https://ip.tj.gov.cn); the request's own address when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}

public static class CreationModule
{
    /// <summary>Registers copyright work registration: its tables, workflow, use cases, certificates and statistics.</summary>
    public static IServiceCollection AddJinIpCreation(this IServiceCollection services)
    {
        services.AddJinIpDbContext<CreationDbContext>(CreationDbContext.TablePrefix);
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(CreationOptions.Section).Get<CreationOptions>() ?? new CreationOptions());
        services.AddSingleton(sp => new CopyrightWorkflow(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CertificateRenderer(sp.GetRequiredService<CreationOptions>()));
        services.AddScoped(sp => new CopyrightRegistrations(
            sp.GetRequiredService<CreationDbContext>(),
            sp.GetRequiredService<PlatformDbContext>(),
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<CopyrightWorkflow>(),
            sp.GetRequiredService<AttachmentStore>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<CreationOptions>(),
            sp.GetRequiredService<JinIp.Platform.Notifications.Notifier>()));
        services.AddScoped(sp => new CopyrightCertificates(sp.GetRequiredService<CopyrightRegistrations>(), sp.GetRequiredService<CertificateRenderer>(), sp.GetRequiredService<CreationOptions>()));
        services.AddScoped(sp => new CopyrightStatistics(sp.GetRequiredService<CreationDbContext>(), sp.GetRequiredService<CopyrightWorkflow>()));
        services.AddHostedService<CorrectionLapseJob>();
        return services;
    }
}

/// <summary>Produces the certificate PDF of a registered work for those who may see the file.</summary>
public sealed class CopyrightCertificates
{
    private readonly CopyrightRegistrations _registrations;
    private readonly CertificateRenderer _renderer;
    private readonly CreationOptions _options;

    internal CopyrightCertificates(CopyrightRegistrations registrations, CertificateRenderer renderer, CreationOptions options)
    {
        _registrations = registrations;
        _renderer = renderer;
        _options = options;
    }

    /// <summary>The verification page's address for a number, under the configured public address or <paramref name="requestBaseUrl"/>.</summary>
    public string VerificationUrl(string number, string requestBaseUrl) =>
        $"{(_options.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl).TrimEnd('/')}/Creation/Copyright/Verify?number={Uri.EscapeDataString(number)}";

    public async Task<(string FileName, byte[] Pdf)> RenderAsync(Actor actor, Guid id, string requestBaseUrl, CancellationToken ct = default)
    {
        var registration = await _registrations.LoadForCertificateAsync(actor, id, ct);
        var number = registration.RegistrationNumber!;
        return ($"{number}.pdf", _renderer.Render(registration, VerificationUrl(number, requestBaseUrl)));
    }
}
