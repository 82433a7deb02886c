using JinIp.Creation.Registrations;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JinIp.Creation.Tests;

/// <summary>
/// The creation module's real services over a migrated throwaway database (SQLite, or PostgreSQL when
/// the test script asks), with a fake clock starting Monday 2021-03-01 09:00 Beijing time, two applicant
/// organizations and an office reviewer.
/// </summary>
public sealed class CreationFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2021, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public Actor ApplicantA { get; private set; } = null!;

    public Actor ApplicantB { get; private set; } = null!;

    public Actor Reviewer { get; } = new(Guid.NewGuid(), "office", null, null, new HashSet<string>([Roles.OfficeStaff], StringComparer.Ordinal));

    public Actor SecondReviewer { get; } = new(Guid.NewGuid(), "admin", null, null, new HashSet<string>([Roles.Admin], StringComparer.Ordinal));

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            [PlatformServices.DataDirectoryKey] = Database.Folder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddJinIpPlatform();
        services.AddJinIpCreation();
        services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("test")));
        Services = services.BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var a = new Organization { Id = Guid.NewGuid(), Name = "天津甲文化传媒有限公司", Type = OrganizationType.Enterprise, DistrictCode = "120104", CreatedAt = DateTime.UtcNow };
        var b = new Organization { Id = Guid.NewGuid(), Name = "天津乙设计有限公司", Type = OrganizationType.Enterprise, DistrictCode = "120116", CreatedAt = DateTime.UtcNow };
        db.Organizations.AddRange(a, b);
        await db.SaveChangesAsync();
        ApplicantA = new Actor(Guid.NewGuid(), "applicant-a", a.Id, a.DistrictCode, new HashSet<string>([Roles.Applicant], StringComparer.Ordinal));
        ApplicantB = new Actor(Guid.NewGuid(), "applicant-b", b.Id, b.DistrictCode, new HashSet<string>([Roles.Applicant], StringComparer.Ordinal));
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> WithAsync<T>(Func<CopyrightRegistrations, Task<T>> use)
    {
        await using var scope = Scope();
        return await use(scope.ServiceProvider.GetRequiredService<CopyrightRegistrations>());
    }

    /// <summary>A complete filing of <paramref name="applicant"/>, with one sample, submitted.</summary>
    public async Task<RegistrationView> SubmittedAsync(Actor applicant, string title = "海河夜景组图", WorkType type = WorkType.Photography) => await WithAsync(async r =>
    {
        var draft = await r.CreateDraftAsync(applicant, CompleteInput(title, type));
        await r.AddSampleAsync(applicant, draft.Id, new MemoryStream(Samples.Png), "sample.png");
        return await r.FireAsync(applicant, draft.Id, RegistrationActions.Submit, draft.Version, null);
    });

    /// <summary>A filing accepted and under formal review.</summary>
    public async Task<RegistrationView> InReviewAsync(Actor applicant, string title = "海河夜景组图", WorkType type = WorkType.Photography)
    {
        var submitted = await SubmittedAsync(applicant, title, type);
        return await WithAsync(async r =>
        {
            var accepted = await r.FireAsync(Reviewer, submitted.Id, RegistrationActions.Accept, submitted.Version, null);
            return await r.FireAsync(Reviewer, accepted.Id, RegistrationActions.StartReview, accepted.Version, null);
        });
    }

    public static RegistrationInput CompleteInput(string title = "海河夜景组图", WorkType type = WorkType.Photography) => new()
    {
        Title = title,
        WorkType = type,
        CompletedOn = new DateOnly(2020, 10, 1),
        CompletionPlace = "天津市南开区",
        Published = true,
        FirstPublishedOn = new DateOnly(2020, 12, 1),
        FirstPublicationPlace = "天津",
        RightAcquisition = RightAcquisition.Original,
        Authors = ["张三", "李四"],
        Owners =
        [
            new OwnerInput { Name = "张三", Kind = OwnerKind.Person, DocumentType = IdentityDocumentType.ResidentId, DocumentNumber = "11010519491231002X", Phone = "13812345678" },
            new OwnerInput { Name = "天津甲文化传媒有限公司", Kind = OwnerKind.Organization, DocumentType = IdentityDocumentType.UnifiedSocialCreditCode, DocumentNumber = "91350100M000100Y43" },
        ],
        ContactPhone = "022-23456789",
        DeclarationAccepted = true,
    };

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public static class Samples
{
    /// <summary>The smallest valid PNG: one transparent pixel.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A Windows executable's first bytes, named as if it were a picture.</summary>
    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00, 0x01, 0x02];
}
