using JinIp.Creation.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;

namespace JinIp.Creation.Registrations;

/// <summary>
/// Field rules in two strengths: a draft may be incomplete but what it holds must be well-formed;
/// a submission must be complete. Field names are the API's (camelCase, owners[0].documentNumber).
/// </summary>
internal static class RegistrationValidator
{
    public const int MaxAuthors = 20;
    public const int MaxOwners = 10;

    public static List<FieldError> CheckWellFormed(RegistrationInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        Length(errors, "title", input.Title, 200, "作品名称", "Title");
        Length(errors, "completionPlace", input.CompletionPlace, 100, "创作完成地点", "Place of completion");
        Length(errors, "firstPublicationPlace", input.FirstPublicationPlace, 100, "首次发表地点", "Place of first publication");
        if (input.WorkType is { } type && !Enum.IsDefined(type))
        {
            errors.Add(new FieldError("workType", "请选择作品类别。", "Choose the type of work."));
        }

        if (input.RightAcquisition is { } right && !Enum.IsDefined(right))
        {
            errors.Add(new FieldError("rightAcquisition", "请选择权利取得方式。", "Choose how the right was obtained."));
        }

        if (input.CompletedOn is { } completed && completed > today)
        {
            errors.Add(new FieldError("completedOn", "创作完成日期不能晚于今天。", "The completion date cannot be in the future."));
        }

        if (input.CompletedOn is { } earliest && earliest.Year < 1900)
        {
            errors.Add(new FieldError("completedOn", "创作完成日期不正确。", "The completion date is not valid."));
        }

        if (input.Published && input.FirstPublishedOn is { } published)
        {
            if (published > today)
            {
                errors.Add(new FieldError("firstPublishedOn", "首次发表日期不能晚于今天。", "The date of first publication cannot be in the future."));
            }
            else if (input.CompletedOn is { } done && published < done)
            {
                errors.Add(new FieldError("firstPublishedOn", "首次发表日期不能早于创作完成日期。", "A work cannot be published before it was completed."));
            }
        }

        if (input.ContactPhone is { Length: > 0 } phone && !IsPhone(phone))
        {
            errors.Add(new FieldError("contactPhone", "联系电话格式不正确（手机号或带区号的固定电话）。", "The phone number is not valid (a mobile number or a landline with area code)."));
        }

        if (input.DistrictCode is { Length: > 0 } district && TianjinDistricts.NameOf(district) is null)
        {
            errors.Add(new FieldError("districtCode", "请选择天津市的区。", "Choose a district of Tianjin."));
        }

        var authors = input.Authors ?? [];
        if (authors.Count > MaxAuthors)
        {
            errors.Add(new FieldError("authors", $"作者最多 {MaxAuthors} 名。", $"At most {MaxAuthors} authors."));
        }

        for (var i = 0; i < authors.Count; i++)
        {
            Length(errors, $"authors[{i}]", authors[i], 100, "作者姓名", "Author name");
        }

        var owners = input.Owners ?? [];
        if (owners.Count > MaxOwners)
        {
            errors.Add(new FieldError("owners", $"著作权人最多 {MaxOwners} 名。", $"At most {MaxOwners} copyright owners."));
        }

        for (var i = 0; i < owners.Count; i++)
        {
            var owner = owners[i];
            if (owner.IsEmpty)
            {
                continue;
            }

            var prefix = $"owners[{i}]";
            Length(errors, $"{prefix}.name", owner.Name, 200, "著作权人名称", "Owner name");
            Length(errors, $"{prefix}.address", owner.Address, 200, "地址", "Address");
            if (owner.Phone is { Length: > 0 } ownerPhone && !IsPhone(ownerPhone))
            {
                errors.Add(new FieldError($"{prefix}.phone", "电话格式不正确。", "The phone number is not valid."));
            }

            CheckDocument(errors, prefix, owner);
        }

        return errors;
    }

    public static List<FieldError> CheckComplete(CopyrightRegistration r)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(r.Title))
        {
            errors.Add(Required("title", "作品名称", "the title"));
        }

        if (r.WorkType is null)
        {
            errors.Add(new FieldError("workType", "请选择作品类别。", "Choose the type of work."));
        }

        if (r.CompletedOn is null)
        {
            errors.Add(Required("completedOn", "创作完成日期", "the completion date"));
        }

        if (string.IsNullOrWhiteSpace(r.CompletionPlace))
        {
            errors.Add(Required("completionPlace", "创作完成地点", "the place of completion"));
        }

        if (r.Published && r.FirstPublishedOn is null)
        {
            errors.Add(Required("firstPublishedOn", "首次发表日期", "the date of first publication"));
        }

        if (r.Published && string.IsNullOrWhiteSpace(r.FirstPublicationPlace))
        {
            errors.Add(Required("firstPublicationPlace", "首次发表地点", "the place of first publication"));
        }

        if (r.RightAcquisition is null)
        {
            errors.Add(new FieldError("rightAcquisition", "请选择权利取得方式。", "Choose how the right was obtained."));
        }

        if (r.Authors.Count == 0)
        {
            errors.Add(new FieldError("authors", "请至少填写一名作者。", "Name at least one author."));
        }

        if (r.Owners.Count == 0)
        {
            errors.Add(new FieldError("owners", "请至少填写一名著作权人。", "Name at least one copyright owner."));
        }

        foreach (var owner in r.Owners.OrderBy(o => o.Position))
        {
            if (string.IsNullOrWhiteSpace(owner.Name))
            {
                errors.Add(Required($"owners[{owner.Position}].name", "著作权人名称", "the owner's name"));
            }

            if (string.IsNullOrWhiteSpace(owner.DocumentNumber))
            {
                errors.Add(Required($"owners[{owner.Position}].documentNumber", "证件号码", "the document number"));
            }
        }

        if (string.IsNullOrWhiteSpace(r.ContactPhone))
        {
            errors.Add(Required("contactPhone", "联系电话", "a contact phone"));
        }

        if (r.Samples.Count == 0)
        {
            errors.Add(new FieldError("samples", "请上传作品样本。", "Upload a sample of the work."));
        }

        if (!r.DeclarationAccepted)
        {
            errors.Add(new FieldError("declarationAccepted", "请阅读并确认声明。", "Read and confirm the declaration."));
        }

        return errors;
    }

    private static void CheckDocument(List<FieldError> errors, string prefix, OwnerInput owner)
    {
        if (owner.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError($"{prefix}.kind", "请选择著作权人类型（自然人或单位）。", "Choose whether the owner is a person or an organization."));
            return;
        }

        if (owner.DocumentType is not { } type || !Enum.IsDefined(type))
        {
            errors.Add(new FieldError($"{prefix}.documentType", "请选择证件类型。", "Choose the document type."));
            return;
        }

        if (kind == OwnerKind.Person && type == IdentityDocumentType.UnifiedSocialCreditCode)
        {
            errors.Add(new FieldError($"{prefix}.documentType", "自然人不能使用统一社会信用代码。", "A person cannot use a unified social credit code."));
            return;
        }

        if (kind == OwnerKind.Organization && type is IdentityDocumentType.ResidentId or IdentityDocumentType.Passport)
        {
            errors.Add(new FieldError($"{prefix}.documentType", "单位应使用统一社会信用代码或其他登记证件。", "An organization uses its unified social credit code or another registration document."));
            return;
        }

        var number = owner.DocumentNumber;
        if (string.IsNullOrWhiteSpace(number))
        {
            return;
        }

        var field = $"{prefix}.documentNumber";
        switch (type)
        {
            case IdentityDocumentType.ResidentId when !IdentityNumbers.IsValidResidentId(number):
                errors.Add(new FieldError(field, "居民身份证号码不正确（18 位，校验位不符或出生日期无效）。", "The resident ID number is not valid (18 characters; the check digit or the birth date is wrong)."));
                break;
            case IdentityDocumentType.UnifiedSocialCreditCode when !IdentityNumbers.IsValidUnifiedSocialCreditCode(number):
                errors.Add(new FieldError(field, "统一社会信用代码不正确（18 位，校验位不符）。", "The unified social credit code is not valid (18 characters; the check character is wrong)."));
                break;
            case IdentityDocumentType.Passport or IdentityDocumentType.Other when IdentityNumbers.Normalize(number) is { Length: < 5 or > 40 }:
                errors.Add(new FieldError(field, "证件号码应为 5 至 40 个字符。", "The document number must have 5 to 40 characters."));
                break;
        }
    }

    private static bool IsPhone(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).Count();
        return phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '+' or '(' or ')') && digits is >= 7 and <= 15;
    }

    private static void Length(List<FieldError> errors, string field, string? value, int max, string nameZh, string nameEn)
    {
        if (value is { } text && text.Trim().Length > max)
        {
            errors.Add(new FieldError(field, $"{nameZh}最多 {max} 个字符。", $"{nameEn} may have at most {max} characters."));
        }
    }

    private static FieldError Required(string field, string nameZh, string nameEn) =>
        new(field, $"请填写{nameZh}。", $"Enter {nameEn}.");
}
