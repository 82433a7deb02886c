using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>
/// The filing form: save a draft and come back to it, add and remove samples, submit; also used to
/// correct a filing sent back by the reviewer. Every button saves the form first, so nothing typed is lost.
/// </summary>
[Authorize(Roles = "applicant")]
public sealed class EditModel(CopyrightRegistrations registrations) : PageModel
{
    public const int OwnerRows = 3;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public FilingInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RegistrationView? Current { get; private set; }

    public string? Saved { get; private set; }

    public sealed class FilingInput
    {
        public string? Title { get; set; }

        public WorkType? WorkType { get; set; }

        public DateOnly? CompletedOn { get; set; }

        public string? CompletionPlace { get; set; }

        public bool Published { get; set; }

        public DateOnly? FirstPublishedOn { get; set; }

        public string? FirstPublicationPlace { get; set; }

        public RightAcquisition? RightAcquisition { get; set; }

        /// <summary>Author names separated by 、 , ， or ; .</summary>
        public string? Authors { get; set; }

        public List<OwnerRow> Owners { get; set; } = [];

        public string? ContactPhone { get; set; }

        public string? DistrictCode { get; set; }

        public bool DeclarationAccepted { get; set; }
    }

    public sealed class OwnerRow
    {
        public string? Name { get; set; }

        public OwnerKind? Kind { get; set; }

        public IdentityDocumentType? DocumentType { get; set; }

        public string? DocumentNumber { get; set; }

        public string? Phone { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Current = await registrations.GetAsync(HttpActorAccessor.FromContext(HttpContext), id, cancellationToken);
            if (!Current.IsEditable)
            {
                return Redirect($"/Creation/Copyright/Detail?id={id}");
            }

            Version = Current.Version;
            Input = FromView(Current);
            Saved = saved ? "saved" : null;
        }

        PadOwners();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await SaveAsync(cancellationToken);
        return Redirect($"/Creation/Copyright/Edit?id={Id}&saved=true");
    }, cancellationToken);

    public Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await SaveAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            throw new ValidationException("file", "请选择要上传的文件。", "Choose a file to upload.");
        }

        await using var stream = Upload.OpenReadStream();
        await registrations.AddSampleAsync(HttpActorAccessor.FromContext(HttpContext), Id!.Value, stream, Upload.FileName, cancellationToken);
        return Redirect($"/Creation/Copyright/Edit?id={Id}&saved=true");
    }, cancellationToken);

    public Task<IActionResult> OnPostRemoveSampleAsync(Guid sampleId, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await SaveAsync(cancellationToken);
        await registrations.RemoveSampleAsync(HttpActorAccessor.FromContext(HttpContext), sampleId, cancellationToken);
        return Redirect($"/Creation/Copyright/Edit?id={Id}&saved=true");
    }, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var view = await SaveAsync(cancellationToken);
        var action = view.State == RegistrationStates.Correction ? RegistrationActions.Correct : RegistrationActions.Submit;
        await registrations.FireAsync(HttpActorAccessor.FromContext(HttpContext), view.Id, action, view.Version, null, cancellationToken);
        return Redirect($"/Creation/Copyright/Detail?id={view.Id}");
    }, cancellationToken);

    private async Task<RegistrationView> SaveAsync(CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        var input = ToInput(Input);
        RegistrationView view;
        if (Id is { } id)
        {
            view = await registrations.SaveAsync(actor, id, Version, input, cancellationToken);
        }
        else
        {
            view = await registrations.CreateDraftAsync(actor, input, cancellationToken);
            Id = view.Id;
        }

        Version = view.Version;
        Current = view;
        return view;
    }

    private async Task<IActionResult> RunAsync(Func<Task<IActionResult>> step, CancellationToken cancellationToken)
    {
        try
        {
            return await step();
        }
        catch (ValidationException ex)
        {
            CopyrightPages.AddErrors(ModelState, ex.Errors);
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(System.Globalization.CultureInfo.CurrentUICulture));
        }

        if (Id is { } id)
        {
            // Show what is stored (samples, version) with what the user typed.
            Current = await registrations.GetAsync(HttpActorAccessor.FromContext(HttpContext), id, cancellationToken);
            Version = Current.Version;
            ModelState.Remove(nameof(Version));
            ModelState.Remove(nameof(Id));
        }

        PadOwners();
        return Page();
    }

    private void PadOwners()
    {
        while (Input.Owners.Count < OwnerRows)
        {
            Input.Owners.Add(new OwnerRow());
        }
    }

    private static RegistrationInput ToInput(FilingInput input) => new()
    {
        Title = input.Title,
        WorkType = input.WorkType,
        CompletedOn = input.CompletedOn,
        CompletionPlace = input.CompletionPlace,
        Published = input.Published,
        FirstPublishedOn = input.FirstPublishedOn,
        FirstPublicationPlace = input.FirstPublicationPlace,
        RightAcquisition = input.RightAcquisition,
        Authors = (input.Authors ?? "").Split(['、', ',', '，', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Owners = input.Owners.Select(o => new OwnerInput { Name = o.Name, Kind = o.Kind, DocumentType = o.DocumentType, DocumentNumber = o.DocumentNumber, Phone = o.Phone }).ToList(),
        ContactPhone = input.ContactPhone,
        DistrictCode = input.DistrictCode,
        DeclarationAccepted = input.DeclarationAccepted,
    };

    private static FilingInput FromView(RegistrationView view) => new()
    {
        Title = view.Title,
        WorkType = view.WorkType,
        CompletedOn = view.CompletedOn,
        CompletionPlace = view.CompletionPlace,
        Published = view.Published,
        FirstPublishedOn = view.FirstPublishedOn,
        FirstPublicationPlace = view.FirstPublicationPlace,
        RightAcquisition = view.RightAcquisition,
        Authors = string.Join("、", view.Authors),
        Owners = view.Owners.Select(o => new OwnerRow { Name = o.Name, Kind = o.Kind, DocumentType = o.DocumentType, DocumentNumber = o.DocumentNumber, Phone = o.Phone }).ToList(),
        ContactPhone = view.ContactPhone,
        DistrictCode = view.DistrictCode,
        DeclarationAccepted = view.DeclarationAccepted,
    };
}
