namespace JinIp.Protection.Cases;

/// <summary>The kind of right a complaint or case is about.</summary>
public enum RightType
{
    Patent,
    Trademark,
    Copyright,
    GeographicIndication,

    /// <summary>老字号 (time-honoured brand).</summary>
    TimeHonoredBrand,
    PlantVariety,
    TradeSecret,
}

/// <summary>What kind of enforcement case it is; each type has its own workflow.</summary>
public enum CaseType
{
    /// <summary>专利侵权纠纷行政裁决.</summary>
    PatentInfringementDispute,

    /// <summary>假冒专利.</summary>
    CounterfeitPatentMarking,

    /// <summary>商标侵权.</summary>
    TrademarkInfringement,

    /// <summary>侵权盗版.</summary>
    CopyrightPiracy,

    /// <summary>地理标志侵权.</summary>
    GeographicIndicationMisuse,

    /// <summary>植物新品种侵权.</summary>
    PlantVarietyInfringement,

    /// <summary>海关扣留.</summary>
    CustomsSeizure,

    /// <summary>网络侵权下架.</summary>
    OnlineTakedown,
}

/// <summary>How a case came to the handling unit.</summary>
public enum CaseSource
{
    Complaint,
    ExOfficio,
    Transfer,

    /// <summary>A campaign (剑网, 秋风, 龙腾 …), named in <c>CampaignName</c>.</summary>
    Campaign,
}

/// <summary>繁简分流: which track a case runs on.</summary>
public enum CaseComplexity
{
    Simple,
    Complex,
}

public enum PartyRole
{
    /// <summary>请求人 / 权利人.</summary>
    RightHolder,

    /// <summary>被请求人 / 当事人 (alleged infringer).</summary>
    Respondent,

    /// <summary>第三人 / 利害关系人.</summary>
    ThirdParty,
}

public enum PartyKind
{
    Person,
    Organization,
}
