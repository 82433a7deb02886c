using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Protection.Cases;
using JinIp.Protection.Intake;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Protection.Complaints;

/// <summary>One complaint: its evidence, for staff the open cases that look like duplicates, and opening a case from it or declining it.</summary>
public sealed class DetailModel(ComplaintService complaints, ProtectionDirectory directory) : PageModel
{
    public ComplaintView Complaint { get; private set; } = null!;

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    [BindProperty]
    public CaseInput Case { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public bool Office { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Case = new CaseInput
        {
            CaseType = Suggest(Complaint.RightType),
            Title = Complaint.InfringerName + " — " + ProtectionPages.Name(Complaint.RightType),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var caseId = await complaints.OpenCaseAsync(HttpActorAccessor.FromContext(HttpContext), id, Version, Case, cancellationToken);
            return Redirect($"/Protection/Cases/Detail/{caseId:D}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            ProtectionPages.AddErrors(ModelState, ex, nameof(Case));
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await complaints.DeclineAsync(HttpActorAccessor.FromContext(HttpContext), id, Version, Reason, cancellationToken);
            return Redirect($"/Protection/Complaints/Detail/{id:D}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            ProtectionPages.AddErrors(ModelState, ex, "");
        }
        catch (UserFacingException ex)
        {
            ModelState.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        try
        {
            Complaint = await complaints.GetAsync(actor, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Version = Complaint.Version;
        Office = actor.IsOfficeLevel;
        Units = Office ? await directory.HandlingUnitsAsync(cancellationToken) : [];
        return true;
    }

    private static CaseType Suggest(RightType right) => right switch
    {
        RightType.Patent => CaseType.PatentInfringementDispute,
        RightType.Trademark or RightType.TimeHonoredBrand => CaseType.TrademarkInfringement,
        RightType.Copyright => CaseType.CopyrightPiracy,
        RightType.GeographicIndication => CaseType.GeographicIndicationMisuse,
        RightType.PlantVariety => CaseType.PlantVarietyInfringement,
        _ => CaseType.TrademarkInfringement,
    };
}
